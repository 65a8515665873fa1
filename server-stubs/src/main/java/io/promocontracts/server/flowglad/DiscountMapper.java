package io.promocontracts.server.flowglad;

import io.promocontracts.server.flowglad.api.model.AmountType;
import io.promocontracts.server.flowglad.api.model.Discount;
import io.promocontracts.server.flowglad.api.model.DiscountCreate;
import io.promocontracts.server.flowglad.api.model.DiscountForever;
import io.promocontracts.server.flowglad.api.model.DiscountForeverListed;
import io.promocontracts.server.flowglad.api.model.DiscountList;
import io.promocontracts.server.flowglad.api.model.DiscountListed;
import io.promocontracts.server.flowglad.api.model.DiscountNumberOfPayments;
import io.promocontracts.server.flowglad.api.model.DiscountNumberOfPaymentsListed;
import io.promocontracts.server.flowglad.api.model.DiscountOnce;
import io.promocontracts.server.flowglad.api.model.DiscountOnceListed;
import io.promocontracts.server.flowglad.api.model.DiscountResponse;
import io.promocontracts.server.flowglad.api.model.DiscountUpdate;
import io.promocontracts.server.flowglad.api.model.RetrievedDiscountResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Between the models generated from the Flowglad spec (one class per union variant) and the service's records. */
final class DiscountMapper {

    /** Reads a variant's members into a record; the generated classes carry their own JSON names. */
    private static final JsonMapper VARIANTS = JsonMapper.builder().build();

    private DiscountMapper() {
    }

    /** A member the official SDK may send and this server ignores: no pricing model scopes a discount here. */
    private static final String IGNORED = "pricingModelId";

    /** Every variant of the union has the same members as the record; only their classes differ. */
    static NewDiscount toNewDiscount(DiscountCreate body) {
        return VARIANTS.treeToValue(withoutIgnored(body), NewDiscount.class);
    }

    static DiscountChange toChange(DiscountUpdate body) {
        return VARIANTS.treeToValue(withoutIgnored(body), DiscountChange.class);
    }

    private static ObjectNode withoutIgnored(Object variant) {
        ObjectNode members = VARIANTS.valueToTree(variant);
        members.remove(IGNORED);
        return members;
    }

    /** As a get answers it: the record as listed, with its redemption count. */
    static RetrievedDiscountResponse toRetrieved(DiscountRecord discount) {
        return new RetrievedDiscountResponse().discount(toListed(discount));
    }

    static DiscountResponse toResponse(DiscountRecord discount) {
        return new DiscountResponse().discount(toDiscount(discount));
    }

    private static Discount toDiscount(DiscountRecord d) {
        AmountType amountType = AmountType.fromValue(d.amountType());
        return switch (d.duration()) {
            case once -> new DiscountOnce(d.id(), d.createdAt(), d.updatedAt(), d.livemode(), d.organizationId(), d.name(),
                    d.code(), d.amount(), amountType, d.active(), d.duration().name());
            case number_of_payments -> new DiscountNumberOfPayments(d.id(), d.createdAt(), d.updatedAt(), d.livemode(),
                    d.organizationId(), d.name(), d.code(), d.amount(), amountType, d.active(),
                    d.duration().name(), d.numberOfPayments());
            case forever -> new DiscountForever(d.id(), d.createdAt(), d.updatedAt(), d.livemode(), d.organizationId(),
                    d.name(), d.code(), d.amount(), amountType, d.active(), d.duration().name());
        };
    }

    static DiscountList toList(DiscountPage page) {
        return new DiscountList()
                .data(page.discounts().stream().map(DiscountMapper::toListed).toList())
                .hasMore(page.hasMore())
                .total(page.total())
                .currentCursor(page.currentCursor())
                .nextCursor(page.nextCursor());
    }

    /** As listed, with the redemption count: this server redeems no discounts, so it is 0. */
    private static DiscountListed toListed(DiscountRecord d) {
        AmountType amountType = AmountType.fromValue(d.amountType());
        return switch (d.duration()) {
            case once -> new DiscountOnceListed(d.id(), d.createdAt(), d.updatedAt(), d.livemode(), d.organizationId(),
                    d.name(), d.code(), d.amount(), amountType, d.active(), d.duration().name()).redemptionCount(0);
            case number_of_payments -> new DiscountNumberOfPaymentsListed(d.id(), d.createdAt(), d.updatedAt(), d.livemode(),
                    d.organizationId(), d.name(), d.code(), d.amount(), amountType, d.active(), d.duration().name(),
                    d.numberOfPayments()).redemptionCount(0);
            case forever -> new DiscountForeverListed(d.id(), d.createdAt(), d.updatedAt(), d.livemode(), d.organizationId(),
                    d.name(), d.code(), d.amount(), amountType, d.active(), d.duration().name()).redemptionCount(0);
        };
    }
}

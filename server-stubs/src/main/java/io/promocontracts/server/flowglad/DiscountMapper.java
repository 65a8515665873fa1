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
import tools.jackson.databind.json.JsonMapper;

/** Between the models generated from the Flowglad spec (one class per union variant) and the service's records. */
final class DiscountMapper {

    /** Reads a variant's members into a record; the generated classes carry their own JSON names. */
    private static final JsonMapper VARIANTS = JsonMapper.builder().build();

    private DiscountMapper() {
    }

    /** Every variant of the union has the same members as the record; only their classes differ. */
    static NewDiscount toNewDiscount(DiscountCreate body) {
        return VARIANTS.convertValue(body, NewDiscount.class);
    }

    static DiscountChange toChange(DiscountUpdate body) {
        return VARIANTS.convertValue(body, DiscountChange.class);
    }

    static DiscountResponse toResponse(DiscountRecord discount) {
        return new DiscountResponse().discount(toDiscount(discount));
    }

    private static Discount toDiscount(DiscountRecord d) {
        AmountType amountType = AmountType.fromValue(d.amountType());
        return switch (d.duration()) {
            case once -> new DiscountOnce(d.id(), d.createdAt(), d.updatedAt(), d.livemode(), d.organizationId(), d.name(),
                    d.code(), d.amount(), amountType, d.active(), d.duration().name(), null);
            case number_of_payments -> new DiscountNumberOfPayments(d.id(), d.createdAt(), d.updatedAt(), d.livemode(),
                    d.organizationId(), d.name(), d.code(), d.amount(), amountType, d.active(),
                    d.duration().name(), d.numberOfPayments());
            case forever -> new DiscountForever(d.id(), d.createdAt(), d.updatedAt(), d.livemode(), d.organizationId(),
                    d.name(), d.code(), d.amount(), amountType, d.active(), d.duration().name(), null);
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
                    d.name(), d.code(), d.amount(), amountType, d.active(), d.duration().name(), null, 0);
            case number_of_payments -> new DiscountNumberOfPaymentsListed(d.id(), d.createdAt(), d.updatedAt(), d.livemode(),
                    d.organizationId(), d.name(), d.code(), d.amount(), amountType, d.active(), d.duration().name(),
                    d.numberOfPayments(), 0);
            case forever -> new DiscountForeverListed(d.id(), d.createdAt(), d.updatedAt(), d.livemode(), d.organizationId(),
                    d.name(), d.code(), d.amount(), amountType, d.active(), d.duration().name(), null, 0);
        };
    }
}

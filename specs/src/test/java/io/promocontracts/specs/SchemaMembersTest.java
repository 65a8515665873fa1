package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.testkit.cases.SchemaMembers;
import io.promocontracts.testkit.cases.SchemaMembers.Member;
import io.promocontracts.testkit.cases.SpecSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The members a round trip sends and expects back, as the real specs declare them. */
class SchemaMembersTest {

    private static final ApiSpec FLOWGLAD = ApiSpec.named("flowglad");
    private static final ApiSpec FLEX = ApiSpec.named("flex");

    @Test
    void everyVariantOfAUnionDeclaresItsMembersWithItsName() {
        JsonNode create = new SpecSchemas(FLOWGLAD.resolved()).requestSchema("POST", "/api/v1/discounts");

        assertThat(SchemaMembers.declared(create)).extracting(Member::key).contains("/discount",
                "/discount/numberOfPayments (DiscountOnceCreate)", "/discount/numberOfPayments (DiscountNumberOfPaymentsCreate)",
                "/discount/code (DiscountForeverCreate)");
        assertThat(SchemaMembers.declared(create)).filteredOn(member -> member.name().equals("pricingModelId"))
                .allSatisfy(member -> assertThat(member.declaration(SchemaMembers.ACCEPTED_NOT_STORED)).isNotBlank());
    }

    @Test
    void aBodyIsReadByTheVariantItsDiscriminatorNames() {
        JsonNode create = new SpecSchemas(FLOWGLAD.resolved()).requestSchema("POST", "/api/v1/discounts");

        assertThat(SchemaMembers.present(create, FLOWGLAD.requestExample("createDiscount", "numberOfPayments")))
                .extracting(present -> present.member().key())
                .contains("/discount/numberOfPayments (DiscountNumberOfPaymentsCreate)")
                .doesNotContain("/discount/numberOfPayments (DiscountOnceCreate)");
    }

    @Test
    void anAnswerMemberIsKnownByItsComponentWhereverItIsEmbedded() {
        JsonNode promoCode = new SpecSchemas(FLEX.resolved()).responseSchema("POST", "/v1/promo_codes", 200);
        JsonNode coupons = new SpecSchemas(FLEX.resolved()).responseSchema("GET", "/v1/coupons", 200);

        assertThat(SchemaMembers.declared(promoCode)).extracting(Member::componentKey).contains("Coupon.percent_off", "AppliesTo.products");
        assertThat(SchemaMembers.declared(coupons)).extracting(Member::pointer).contains("/coupons/*/percent_off");
        assertThat(SchemaMembers.present(coupons, FLEX.responseExample("listCoupons", 200, "coupons")))
                .extracting(present -> present.member().componentKey()).contains("Coupon.percent_off");
    }
}

package io.promocontracts.client;

import io.promocontracts.client.flex.ApiException;
import io.promocontracts.client.flex.FlexClient;
import io.promocontracts.client.flex.JSON;
import io.promocontracts.client.flex.api.CouponsApi;
import io.promocontracts.client.flex.api.PromoCodesApi;
import io.promocontracts.client.flex.model.Coupon;
import io.promocontracts.client.flex.model.CouponCreate;
import io.promocontracts.client.flex.model.CreateCouponRequest;
import io.promocontracts.client.flex.model.CreatePromoCodeRequest;
import io.promocontracts.client.flex.model.PromoCode;
import io.promocontracts.client.flex.model.PromoCodeCreate;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FlexClientTest {

    private static final String TEST_KEY = "fsk_test_acme_4f8a2c61d9b7e350";

    private final PromoCodesApi promoCodes = FlexClient.promoCodes(LocalServer.baseUrl(), TEST_KEY);

    @Test
    void createsTheDocumentedPromoCodeAndReadsEveryFieldBack() throws Exception {
        CreatePromoCodeRequest request = JSON.getDefault().getMapper()
                .treeToValue(ApiSpec.named("flex").requestExample("createPromoCode", "documented"), CreatePromoCodeRequest.class);
        request.getPromoCode().code(LocalServer.uniqueCode());

        PromoCode created = promoCodes.createPromoCode(request, null).getPromoCode();

        assertThat(created.getPromoCodeId()).matches("fpromo_[0-9a-hjkmnp-tv-z]{26}");
        assertThat(created.getCode()).isEqualTo(request.getPromoCode().getCode());
        assertThat(created.getMaxRedemptions()).isEqualTo(100);
        assertThat(created.getTimesRedeemed()).isZero();
        assertThat(created.getCustomer()).isEqualTo("fcus_01HACM7FZ1084XB1GB6053VM0D");
        assertThat(created.getActive()).isTrue();
        assertThat(created.getMetadata()).isEqualTo(Map.of("key", "value"));
        assertThat(created.getTestMode()).isTrue();
        assertThat(created.getCreatedAt()).isBefore(OffsetDateTime.now().plusMinutes(1));
        // The documented coupon, but for its mode: the demo server holds it in test mode too.
        Coupon documented = JSON.getDefault().getMapper().treeToValue(
                ApiSpec.named("flex").responseExample("createPromoCode", 200, "documented").at("/promo_code/coupon"), Coupon.class);
        assertThat(created.getCoupon()).usingRecursiveComparison().ignoringFields("testMode").isEqualTo(documented);
        assertThat(created.getCoupon().getTestMode()).isTrue();
    }

    @Test
    void createsACouponAndAPromoCodeThatAppliesIt() throws Exception {
        CouponsApi coupons = FlexClient.coupons(LocalServer.baseUrl(), TEST_KEY);
        Coupon coupon = coupons.createCoupon(new CreateCouponRequest().coupon(new CouponCreate()
                .name("Client coupon").percentOff(new BigDecimal("12.5")).duration(CouponCreate.DurationEnum.REPEATING).durationInMonths(6)), null).getCoupon();

        PromoCode promoCode = promoCodes.createPromoCode(new CreatePromoCodeRequest()
                .promoCode(new PromoCodeCreate().couponId(coupon.getCouponId())), null).getPromoCode();

        assertThat(coupon.getCouponId()).matches("fcoup_[0-9a-hjkmnp-tv-z]{26}");
        assertThat(coupon.getPercentOff()).isEqualTo(new BigDecimal("12.5"));
        assertThat(coupon.getAmountOff()).isNull();
        assertThat(coupon.getDurationInMonths()).isEqualTo(6);
        assertThat(coupons.retrieveCoupon(coupon.getCouponId()).getCoupon()).isEqualTo(coupon);
        assertThat(coupons.listCoupons(100, null).getCoupons()).contains(coupon);
        assertThat(promoCode.getCoupon()).isEqualTo(coupon);
    }

    @Test
    void readsNullableAndNestedFieldsOfOtherCoupons() throws Exception {
        PromoCode created = promoCodes.createPromoCode(new CreatePromoCodeRequest()
                .promoCode(new PromoCodeCreate().couponId("fcoup_01jvajb0g9q2w8k4m6t3r5y7zy")), null).getPromoCode();

        assertThat(created.getCode()).isNotBlank();
        assertThat(created.getCustomer()).isNull();
        assertThat(created.getMaxRedemptions()).isNull();
        assertThat(created.getCoupon().getPercentOff()).isEqualTo(BigDecimal.TEN);
        assertThat(created.getCoupon().getAmountOff()).isNull();
        assertThat(created.getCoupon().getAppliesTo().getProducts()).containsExactly("fprod_01jvajb0g9q2w8k4m6t3r5y7zz");
        assertThat(created.getCoupon().getDuration()).isEqualTo(Coupon.DurationEnum.FOREVER);
    }

    @Test
    void aBadKeyIsATypedUnauthorizedError() {
        PromoCodesApi withBadKey = FlexClient.promoCodes(LocalServer.baseUrl(), "fsk_test_not_a_key");

        ApiException failure = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> withBadKey.createPromoCode(request(LocalServer.uniqueCode()), null));

        assertThat(failure.getCode()).isEqualTo(401);
        assertThat(FlexClient.error(failure)).hasValueSatisfying(error -> {
            assertThat(error.getError().getCode()).isEqualTo("unauthorized");
            assertThat(error.getError().getMessage()).isNotBlank();
        });
    }

    @Test
    void aDuplicateCodeIsATypedConflict() throws Exception {
        String code = LocalServer.uniqueCode();
        promoCodes.createPromoCode(request(code), null);

        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> promoCodes.createPromoCode(request(code.toLowerCase()), null))
                .satisfies(failure -> {
                    assertThat(failure.getCode()).isEqualTo(409);
                    assertThat(FlexClient.error(failure).orElseThrow().getError().getCode()).isEqualTo("duplicate_code");
                });
    }

    private static CreatePromoCodeRequest request(String code) {
        return new CreatePromoCodeRequest().promoCode(new PromoCodeCreate().couponId("fcoup_1234567890").code(code));
    }

    @Test
    void aRetriedCreateWithItsIdempotencyKeyAnswersTheSamePromoCode() throws Exception {
        CreatePromoCodeRequest request = request(LocalServer.uniqueCode());
        String key = UUID.randomUUID().toString();

        PromoCode first = promoCodes.createPromoCode(request, key).getPromoCode();
        PromoCode retried = promoCodes.createPromoCode(request, key).getPromoCode();

        assertThat(retried).isEqualTo(first);
    }

    @Test
    void retrievesAndListsWhatItCreated() throws Exception {
        PromoCode created = promoCodes.createPromoCode(new CreatePromoCodeRequest()
                .promoCode(new PromoCodeCreate().couponId("fcoup_1234567890").code(LocalServer.uniqueCode())), null).getPromoCode();

        assertThat(promoCodes.retrievePromoCode(created.getPromoCodeId()).getPromoCode()).isEqualTo(created);
        assertThat(promoCodes.listPromoCodes(true, 100, null).getPromoCodes()).contains(created);
        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> FlexClient.promoCodes(LocalServer.baseUrl(), "fsk_test_globex_2b6d8e14c0a9f735")
                        .retrievePromoCode(created.getPromoCodeId()))
                .satisfies(failure -> {
                    assertThat(failure.getCode()).isEqualTo(404);
                    assertThat(FlexClient.error(failure).orElseThrow().getError().getCode()).isEqualTo("resource_missing");
                });
    }
}

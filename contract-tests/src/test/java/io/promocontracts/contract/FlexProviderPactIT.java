package io.promocontracts.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.server.auth.ApiKeys;
import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.flex.AccountRepository;
import io.promocontracts.server.flex.CouponRecord;
import io.promocontracts.server.flex.CouponRepository;
import io.promocontracts.server.flex.PromoCodeRecord;
import io.promocontracts.server.flex.PromoCodeRepository;
import io.promocontracts.specs.ApiSpec;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.Map;

/** The real application verifies every interaction the Flex consumer pact holds. */
@Provider(FlexContract.PROVIDER)
@PactFolder("target/pacts")
class FlexProviderPactIT extends ProviderVerification {

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    AccountRepository accounts;

    @Autowired
    CouponRepository coupons;

    @Autowired
    PromoCodeRepository promoCodes;

    @State(FlexContract.ACCOUNT_WITH_COUPON)
    void accountWithCoupon(Map<String, Object> params) {
        String account = (String) params.get("account");
        boolean live = (Boolean) params.get("live");
        accounts.insertIfAbsent(account, "Pact " + account);
        apiKeys.register(Api.FLEX, (String) params.get("key"), new Caller(account, live));
        CouponRecord coupon = documentedCoupon(account, !live);
        if (coupons.find(account, !live, coupon.couponId()).isEmpty()) {
            coupons.insert(coupon);
        }
    }

    @State(FlexContract.ACCOUNT_WITH_PROMO_CODE)
    void accountWithPromoCode(Map<String, Object> params) {
        accountWithCoupon(params);
        String account = (String) params.get("account");
        boolean live = (Boolean) params.get("live");
        promoCodes.insert(account, new PromoCodeRecord("fpromo_01jvajb0gcvgxn5d42cqjjmf40", (String) params.get("code"),
                documentedCoupon(account, !live), null, 0, OffsetDateTime.now(), null, true, Map.of(), !live));
    }

    @State(FlexContract.NO_SUCH_KEY)
    void noKey() {
        // The key of this interaction is registered nowhere: nothing to set up.
    }

    /** The coupon of the spec's documented response, in the given account and mode. */
    private static CouponRecord documentedCoupon(String account, boolean testMode) {
        JsonNode coupon = ApiSpec.FLEX.responseExample("createPromoCode", 200, "documented").at("/promo_code/coupon");
        return new CouponRecord(
                coupon.get("coupon_id").asText(),
                account,
                testMode,
                coupon.get("name").asText(),
                coupon.get("amount_off").isNull() ? null : coupon.get("amount_off").asLong(),
                coupon.get("percent_off").isNull() ? null : coupon.get("percent_off").asDouble(),
                null,
                CouponRecord.CouponDuration.valueOf(coupon.get("duration").asText()),
                coupon.get("duration_in_months").isNull() ? null : coupon.get("duration_in_months").asInt(),
                coupon.get("max_redemptions").isNull() ? null : coupon.get("max_redemptions").asInt(),
                coupon.get("times_redeemed").asInt(),
                coupon.get("valid").asBoolean(),
                Map.of("key", coupon.at("/metadata/key").asText()),
                OffsetDateTime.parse(coupon.get("created_at").asText()));
    }
}

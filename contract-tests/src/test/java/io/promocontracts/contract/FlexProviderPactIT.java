package io.promocontracts.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.ApiSpec;

import java.util.Map;

/** The real application verifies every interaction the Flex consumer pact holds. */
@Provider(FlexContract.PROVIDER)
@PactFolder("target/pacts")
class FlexProviderPactIT extends ProviderVerification {

    private static final ObjectMapper JSON = new ObjectMapper();

    @State(FlexContract.ACCOUNT_WITH_COUPON)
    void accountWithCoupon(Map<String, Object> params) {
        String account = (String) params.get("account");
        boolean live = (Boolean) params.get("live");
        data().flexAccount(account, (String) params.get("key"), live);
        data().flexCoupon(account, documentedCoupon(!live));
    }

    @State(FlexContract.ACCOUNT_WITH_PROMO_CODE)
    void accountWithPromoCode(Map<String, Object> params) {
        accountWithCoupon(params);
        boolean live = (Boolean) params.get("live");
        ObjectNode promoCode = (ObjectNode) ApiSpec.FLEX.responseExample("createPromoCode", 200, "documented").get("promo_code");
        promoCode.put("promo_code_id", "fpromo_01jvajb0gcvgxn5d42cqjjmf40").put("code", (String) params.get("code"))
                .put("test_mode", !live).set("coupon", documentedCoupon(!live));
        data().flexPromoCode((String) params.get("account"), promoCode);
    }

    @State(FlexContract.ACCOUNT_WITH_THIS_PROMO_CODE)
    void accountWithThisPromoCode(Map<String, Object> params) {
        String account = (String) params.get("account");
        data().flexAccount(account, (String) params.get("key"), (Boolean) params.get("live"));
        data().flexPromoCode(account, JSON.valueToTree(params.get("promoCode")));
    }

    @State(FlexContract.NO_SUCH_KEY)
    void noKey() {
        // The key of this interaction is registered nowhere: nothing to set up.
    }

    /** The coupon of the spec's documented response, in the given mode. */
    private static JsonNode documentedCoupon(boolean testMode) {
        ObjectNode coupon = (ObjectNode) ApiSpec.FLEX.responseExample("createPromoCode", 200, "documented").at("/promo_code/coupon");
        return coupon.put("test_mode", testMode);
    }
}

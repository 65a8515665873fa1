package io.promocontracts.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.ApiSpec;

import java.util.List;
import java.util.Map;

/** The real application verifies every interaction of every consumer's pact with the Flex API. */
@Provider(FlexContract.PROVIDER)
@PactFolder("target/pacts")
class FlexProviderPactIT extends ProviderVerification {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An account with a key, the documented coupon in the mode (creates name it), and no promo codes there. */
    @State(ProviderStates.TENANT)
    void tenant(Map<String, Object> params) {
        String account = (String) params.get("tenant");
        boolean live = (Boolean) params.get("live");
        data().flexAccount(account, (String) params.get("key"), live);
        data().flexCoupon(account, documentedCoupon(!live));
        data().noFlexPromoCodes(account, !live);
    }

    /**
     * As {@link #tenant}, holding exactly these objects: promo codes (each with its coupon in the
     * promo code's mode), or coupons (the tenant's only ones in the mode).
     */
    @State(ProviderStates.HOLDING)
    void holding(Map<String, Object> params) {
        tenant(params);
        String account = (String) params.get("tenant");
        for (Object object : (List<?>) params.get("objects")) {
            ObjectNode held = JSON.valueToTree(object);
            if (held.has("promo_code_id")) {
                ((ObjectNode) held.get("coupon")).put("test_mode", held.get("test_mode").asBoolean());
                data().flexPromoCode(account, held);
            } else {
                data().noFlexCoupons(account, held.get("test_mode").asBoolean());
            }
        }
        for (Object object : (List<?>) params.get("objects")) {
            ObjectNode held = JSON.valueToTree(object);
            if (!held.has("promo_code_id")) {
                data().flexCoupon(account, held);
            }
        }
    }

    @State(ProviderStates.NO_KEY)
    void noKey() {
        // The key of this interaction is registered nowhere: nothing to set up.
    }

    /** The coupon of the spec's documented create, in the given mode. */
    private static JsonNode documentedCoupon(boolean testMode) {
        ObjectNode coupon = (ObjectNode) ApiSpec.named("flex").responseExample("createPromoCode", 200, "documented").at("/promo_code/coupon");
        return coupon.put("test_mode", testMode);
    }
}

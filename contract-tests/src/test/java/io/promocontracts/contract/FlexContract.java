package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.contract.ContractCase.ProviderState;
import io.promocontracts.specs.ApiSpec;

import java.util.List;
import java.util.Map;

import static io.promocontracts.contract.SpecValues.call;
import static io.promocontracts.contract.SpecValues.response;

/**
 * The Flex API for the contract tests: {@code Bearer} keys, objects of an account and a mode
 * ({@code test_mode}), and the outcomes its spec documents only by their responses.
 */
final class FlexContract implements ApiContract {

    static final FlexContract INSTANCE = new FlexContract();

    static final String PROVIDER = "flex-api";
    private static final ApiSpec SPEC = ApiSpec.named("flex");
    private static final String LIVE_KEY = "fsk_pact_live_0a1b2c3d4e5f";
    private static final String TEST_KEY = "fsk_test_pact_6a7b8c9d0e1f";
    private static final String DUPLICATE_LIVE_KEY = "fsk_pact_live_duplicate_2a3b";
    private static final String REACTIVATE_TEST_KEY = "fsk_test_pact_reactivate_4c5d";

    private FlexContract() {
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public ApiSpec spec() {
        return SPEC;
    }

    @Override
    public String authorization(String key) {
        return "Bearer " + key;
    }

    @Override
    public String key(boolean live) {
        return live ? LIVE_KEY : TEST_KEY;
    }

    /** Flex objects do not name their account: each mode's examples live in an account of their own. */
    @Override
    public String tenantOf(JsonNode object) {
        return liveOf(object) ? "acct_pact_live" : "acct_pact_test";
    }

    @Override
    public String emptyTenant() {
        return "acct_pact_empty";
    }

    @Override
    public boolean liveOf(JsonNode object) {
        return !object.get("test_mode").asBoolean();
    }


    @Override
    public List<ContractCase> documentedOutcomes() {
        JsonNode documented = response(SPEC, "createPromoCode", 200, "documented").get("promo_code");
        ObjectNode retrieved = (ObjectNode) response(SPEC, "retrievePromoCode", 200, "retrieved").get("promo_code");
        ProviderState test = new ProviderState(ProviderStates.TENANT, Map.of("tenant", "acct_pact_test", "key", TEST_KEY, "live", false));
        return List.of(
                new ContractCase("createPromoCode: 400 for a coupon the account does not have", test, authorization(TEST_KEY),
                        call(SPEC, "createPromoCode", "documented", promo -> promo.put("coupon_id", "fcoup_01jvaj00000000000000000000")), 400,
                        response(SPEC, "createPromoCode", 400, "unknownCoupon"), Map.of()),
                new ContractCase("createPromoCode: 400 for a null coupon", test, authorization(TEST_KEY),
                        call(SPEC, "createPromoCode", "documented", promo -> promo.putNull("coupon_id")), 400, response(SPEC, "createPromoCode", 400, "invalidRequest"), Map.of()),
                new ContractCase("createPromoCode: 409 for a code an active promo code holds",
                        new ProviderState(ProviderStates.HOLDING, Map.of("tenant", "acct_pact_duplicate", "key", DUPLICATE_LIVE_KEY,
                                "live", true, "objects", List.of(SpecValues.asMap(documented)))),
                        authorization(DUPLICATE_LIVE_KEY), call(SPEC, "createPromoCode", "documented", false), 409,
                        response(SPEC, "createPromoCode", 409, "duplicateCode"), Map.of()),
                new ContractCase("updatePromoCode: 409 for reactivating a code another active promo code holds",
                        new ProviderState(ProviderStates.HOLDING, Map.of("tenant", "acct_pact_reactivate", "key", REACTIVATE_TEST_KEY,
                                "live", false, "objects", List.of(SpecValues.asMap(retrieved.deepCopy().put("active", false)),
                                        SpecValues.asMap(retrieved.deepCopy().put("promo_code_id", "fpromo_01jvajb0gfvgxn5d42cqjjmf44"))))),
                        authorization(REACTIVATE_TEST_KEY), call(SPEC, "updatePromoCode", "deactivate", change -> change
                                .put("active", true).remove("metadata")), 409,
                        response(SPEC, "updatePromoCode", 409, "duplicateCode"), Map.of()),
                new ContractCase("updatePromoCode: 400 for a metadata value over 500 characters", test, authorization(TEST_KEY),
                        call(SPEC, "updatePromoCode", "deactivate", change -> change.with("metadata").put("note", "x".repeat(501))), 400,
                        response(SPEC, "updatePromoCode", 400, "invalidRequest"), Map.of()));
    }
}

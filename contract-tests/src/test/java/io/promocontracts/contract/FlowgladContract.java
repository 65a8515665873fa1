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
 * The Flowglad API for the contract tests: bare keys, objects of an organization and a mode
 * ({@code livemode}), and the outcomes its spec documents only by their responses.
 */
final class FlowgladContract implements ApiContract {

    static final FlowgladContract INSTANCE = new FlowgladContract();

    static final String PROVIDER = "flowglad-api";
    private static final ApiSpec SPEC = ApiSpec.named("flowglad");
    private static final String LIVE_KEY = "sk_live_pact_0a1b2c3d4e5f";
    private static final String TEST_KEY = "sk_test_pact_6a7b8c9d0e1f";
    private static final String CONFLICT_TEST_KEY = "sk_test_pact_conflict_2a3b";
    private static final String OTHER_LIVE_KEY = "sk_live_pact_other_4c5d6e";

    private FlowgladContract() {
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
        return key;
    }

    @Override
    public String key(boolean live) {
        return live ? LIVE_KEY : TEST_KEY;
    }

    @Override
    public String tenantOf(JsonNode object) {
        return object.get("organizationId").asText();
    }

    @Override
    public String emptyTenant() {
        return "org_PactEmptyOrg0000000001";
    }

    @Override
    public boolean liveOf(JsonNode object) {
        return object.get("livemode").asBoolean();
    }


    @Override
    public List<ContractCase> documentedOutcomes() {
        JsonNode documented = response(SPEC, "createDiscount", 200, "documented").get("discount");
        ProviderState test = new ProviderState(ProviderStates.TENANT, Map.of("tenant", tenantOf(documented), "key", TEST_KEY, "live", false));
        JsonNode toChange = response(SPEC, "getDiscount", 200, "forever").get("discount");
        ObjectNode taken = ((ObjectNode) response(SPEC, "createDiscount", 200, "forever").get("discount").deepCopy())
                .put("id", "discount_PactExistingDiscount1").put("code", "LAUNCH2023");
        return List.of(
                new ContractCase("createDiscount: 400 for a too-short code", test, TEST_KEY,
                        call(SPEC, "createDiscount", "numberOfPayments", discount -> discount.put("code", "AB")), 400,
                        response(SPEC, "createDiscount", 400, "invalidBody"), Map.of()),
                new ContractCase("createDiscount: 409 for a code another discount holds",
                        new ProviderState(ProviderStates.HOLDING, Map.of("tenant", tenantOf(taken), "key", CONFLICT_TEST_KEY,
                                "live", false, "objects", List.of(SpecValues.asMap(taken)))),
                        CONFLICT_TEST_KEY, call(SPEC, "createDiscount", "numberOfPayments", discount -> discount.put("code", "LAUNCH2023")), 409,
                        response(SPEC, "createDiscount", 409, "duplicateCode"), Map.of()),
                new ContractCase("createDiscount: 403 for a body naming another organization",
                        new ProviderState(ProviderStates.TENANT, Map.of("tenant", "org_PactOtherOrg000000001", "key", OTHER_LIVE_KEY, "live", true)),
                        OTHER_LIVE_KEY, call(SPEC, "createDiscount", "documented", false), 403,
                        response(SPEC, "createDiscount", 403, "otherOrganization"), Map.of()),
                new ContractCase("updateDiscount: 409 for a code another discount holds",
                        new ProviderState(ProviderStates.HOLDING, Map.of("tenant", tenantOf(taken), "key", CONFLICT_TEST_KEY,
                                "live", false, "objects", List.of(SpecValues.asMap(taken), SpecValues.asMap(toChange)))),
                        CONFLICT_TEST_KEY, call(SPEC, "updateDiscount", "toNumberOfPayments", discount -> discount.put("code", "launch2023")),
                        409, response(SPEC, "updateDiscount", 409, "duplicateCode"), Map.of()),
                new ContractCase("updateDiscount: 400 for a too-short code", test, TEST_KEY,
                        call(SPEC, "updateDiscount", "toNumberOfPayments", discount -> discount.put("code", "AB")), 400,
                        response(SPEC, "updateDiscount", 400, "invalidBody"), Map.of()));
    }
}

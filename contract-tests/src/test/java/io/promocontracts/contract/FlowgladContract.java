package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.contract.ContractCase.Call;
import io.promocontracts.contract.ContractCase.ProviderState;
import io.promocontracts.specs.ApiSpec;

import java.util.List;
import java.util.Map;

import static io.promocontracts.contract.SpecValues.pattern;
import static io.promocontracts.contract.SpecValues.request;
import static io.promocontracts.contract.SpecValues.response;

/** The contract between the generated Java client and the Flowglad API, one case per documented outcome. */
final class FlowgladContract {

    static final String PROVIDER = "flowglad-api";
    static final String ORGANIZATION_WITH_KEY = "a Flowglad organization with an API key and no discounts in its mode";
    static final String ORGANIZATION_WITH_DISCOUNT = "a Flowglad organization with an API key and a discount";
    static final String NO_SUCH_KEY = "no Flowglad API key";
    static final String ORGANIZATION_WITH_ONLY_THIS_DISCOUNT = "a Flowglad organization whose only discount in the mode is this one";

    private static final String OPERATION = "createDiscount";
    private static final ApiSpec SPEC = ApiSpec.FLOWGLAD;

    /** The organization the spec's examples name. */
    static final String DOCUMENTED_ORGANIZATION = "org_Qm3vTz8Kp1LxW7aRn2Yd5";
    static final String LIVE_KEY = "sk_live_pact_0a1b2c3d4e5f";
    static final String TEST_KEY = "sk_test_pact_6a7b8c9d0e1f";
    static final String CONFLICT_TEST_KEY = "sk_test_pact_conflict_2a3b";
    static final String OTHER_LIVE_KEY = "sk_live_pact_other_4c5d6e";
    static final String EMPTY_TEST_KEY = "sk_test_pact_empty_7f8a9b";

    private FlowgladContract() {
    }

    static List<ContractCase> cases() {
        Map<String, String> generated = Map.of(
                "/discount/id", pattern(SPEC, "DiscountOnce", "id"),
                "/discount/createdAt", pattern(SPEC, "DiscountOnce", "createdAt"),
                "/discount/updatedAt", pattern(SPEC, "DiscountOnce", "updatedAt"));
        ProviderState live = organization(DOCUMENTED_ORGANIZATION, LIVE_KEY, true);
        ProviderState test = organization(DOCUMENTED_ORGANIZATION, TEST_KEY, false);
        return List.of(
                success("a request to create the documented once discount", live, LIVE_KEY, "documented", generated),
                success("a request to create a number_of_payments discount", test, TEST_KEY, "numberOfPayments", generated),
                success("a request to create a forever discount", test, TEST_KEY, "forever", generated),
                new ContractCase("a request with an unknown API key", new ProviderState(NO_SUCH_KEY, Map.of()),
                        "sk_test_pact_unknown", create(request(SPEC, OPERATION, "numberOfPayments")), 401,
                        response(SPEC, OPERATION, 401, "badKey"), Map.of()),
                new ContractCase("a request with a too-short code", test, TEST_KEY,
                        create(request(SPEC, OPERATION, "numberOfPayments", discount -> discount.put("code", "AB"))), 400,
                        response(SPEC, OPERATION, 400, "invalidBody"), Map.of()),
                new ContractCase("a request for a code that is taken", new ProviderState(ORGANIZATION_WITH_DISCOUNT,
                        Map.of("organization", "org_PactConflictOrg000001", "key", CONFLICT_TEST_KEY, "live", false,
                                "code", "LAUNCH2023")),
                        CONFLICT_TEST_KEY, create(request(SPEC, OPERATION, "numberOfPayments", discount -> discount.put("code", "LAUNCH2023"))),
                        409, response(SPEC, OPERATION, 409, "duplicateCode"), Map.of()),
                new ContractCase("a request naming another organization", organization("org_PactOtherOrg000000001", OTHER_LIVE_KEY, true),
                        OTHER_LIVE_KEY, create(request(SPEC, OPERATION, "documented")), 403,
                        response(SPEC, OPERATION, 403, "otherOrganization"), Map.of()),
                read("a request to get a discount", "getDiscount", 200, "forever",
                        SpecValues.response(SPEC, "getDiscount", 200, "forever").get("discount")),
                read("a request for a discount the organization does not have", "getDiscount", 404, "noSuchDiscount", null),
                read("a request for a malformed discount id", "getDiscount", 400, "malformedId", null),
                read("a request to list discounts", "listDiscounts", 200, "onePage",
                        SpecValues.response(SPEC, "listDiscounts", 200, "onePage").at("/data/0")),
                read("a request for a page size out of range", "listDiscounts", 400, "invalidLimit", null));
    }

    /**
     * A call of a read operation with the parameters its spec documents (see FlexContract#read).
     * The organization holds exactly the discount given (its own organization and mode), or none.
     */
    private static ContractCase read(String description, String operationId, int status, String example,
                                     com.fasterxml.jackson.databind.JsonNode stored) {
        ProviderState state;
        String key;
        if (stored == null) {
            state = organization("org_PactEmptyOrg0000000001", EMPTY_TEST_KEY, false);
            key = EMPTY_TEST_KEY;
        } else {
            com.fasterxml.jackson.databind.node.ObjectNode discount = stored.deepCopy();
            discount.remove("redemptionCount");
            state = new ProviderState(ORGANIZATION_WITH_ONLY_THIS_DISCOUNT, Map.of("organization", discount.get("organizationId").asText(),
                    "key", TEST_KEY, "live", discount.get("livemode").asBoolean(), "discount", SpecValues.asMap(discount)));
            key = TEST_KEY;
        }
        return new ContractCase(description, state, key, SpecValues.readCall(SPEC, operationId, status == 400), status,
                SpecValues.response(SPEC, operationId, status, example), Map.of());
    }

    private static ContractCase success(String description, ProviderState state, String key, String example,
                                        Map<String, String> generated) {
        return new ContractCase(description, state, key, create(request(SPEC, OPERATION, example)), 200,
                response(SPEC, OPERATION, 200, example), generated);
    }

    private static ProviderState organization(String organization, String key, boolean live) {
        return new ProviderState(ORGANIZATION_WITH_KEY, Map.of("organization", organization, "key", key, "live", live));
    }

    private static Call create(JsonNode body) {
        return Call.post(OPERATION, "/api/v1/discounts", body);
    }
}

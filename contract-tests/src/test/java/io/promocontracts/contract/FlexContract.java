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

/** The contract between the generated Java client and the Flex API, one case per documented outcome. */
final class FlexContract {

    static final String PROVIDER = "flex-api";
    static final String ACCOUNT_WITH_COUPON = "a Flex account with the documented coupon";
    static final String ACCOUNT_WITH_PROMO_CODE = "a Flex account with the documented coupon and an active promo code";
    static final String NO_SUCH_KEY = "no Flex API key";
    static final String ACCOUNT_WITH_THIS_PROMO_CODE = "a Flex account with this promo code";

    private static final String OPERATION = "createPromoCode";
    private static final ApiSpec SPEC = ApiSpec.FLEX;

    static final String LIVE_KEY = "fsk_pact_live_0a1b2c3d4e5f";
    static final String TEST_KEY = "fsk_test_pact_6a7b8c9d0e1f";
    static final String DUPLICATE_TEST_KEY = "fsk_test_pact_dup_2a3b4c5d";
    static final String READ_TEST_KEY = "fsk_test_pact_read_5e6f7a8b";
    static final String EMPTY_TEST_KEY = "fsk_test_pact_empty_9c0d1e2f";

    private FlexContract() {
    }

    static List<ContractCase> cases() {
        Map<String, String> generated = Map.of(
                "/promo_code/promo_code_id", pattern(SPEC, "PromoCode", "promo_code_id"),
                "/promo_code/created_at", pattern(SPEC, "PromoCode", "created_at"));
        Map<String, String> generatedWithCode = Map.of(
                "/promo_code/promo_code_id", pattern(SPEC, "PromoCode", "promo_code_id"),
                "/promo_code/created_at", pattern(SPEC, "PromoCode", "created_at"),
                "/promo_code/code", pattern(SPEC, "PromoCode", "code"));
        ProviderState live = account("acct_pact_live", LIVE_KEY, true);
        ProviderState test = account("acct_pact_test", TEST_KEY, false);
        return List.of(
                new ContractCase("a request to create the documented promo code", live, "Bearer " + LIVE_KEY,
                        create(request(SPEC, OPERATION, "documented")), 200, response(SPEC, OPERATION, 200, "documented"), generated),
                new ContractCase("a request to create a promo code with a generated code", test, "Bearer " + TEST_KEY,
                        create(request(SPEC, OPERATION, "minimal")), 200, response(SPEC, OPERATION, 200, "minimal"), generatedWithCode),
                new ContractCase("a request with an unknown API key", new ProviderState(NO_SUCH_KEY, Map.of()),
                        "Bearer fsk_test_pact_unknown", create(request(SPEC, OPERATION, "documented")), 401,
                        response(SPEC, OPERATION, 401, "badKey"), Map.of()),
                new ContractCase("a request for a coupon the account does not have", test, "Bearer " + TEST_KEY,
                        create(request(SPEC, OPERATION, "documented", promo -> promo.put("coupon_id", "fcoup_01jvaj00000000000000000000"))),
                        400, response(SPEC, OPERATION, 400, "unknownCoupon"), Map.of()),
                new ContractCase("a request with a null coupon", test, "Bearer " + TEST_KEY,
                        create(request(SPEC, OPERATION, "documented", promo -> promo.putNull("coupon_id"))),
                        400, response(SPEC, OPERATION, 400, "invalidRequest"), Map.of()),
                new ContractCase("a request for a code that is taken", new ProviderState(ACCOUNT_WITH_PROMO_CODE,
                        Map.of("account", "acct_pact_duplicate", "key", DUPLICATE_TEST_KEY, "live", false, "code", "SUMMER2016")),
                        "Bearer " + DUPLICATE_TEST_KEY, create(request(SPEC, OPERATION, "documented")), 409,
                        response(SPEC, OPERATION, 409, "duplicateCode"), Map.of()),
                read("a request to retrieve a promo code", "retrievePromoCode", 200, "retrieved",
                        SpecValues.response(SPEC, "retrievePromoCode", 200, "retrieved").get("promo_code")),
                read("a request for a promo code the account does not have", "retrievePromoCode", 404, "noSuchPromoCode", null),
                read("a request for a malformed promo code id", "retrievePromoCode", 400, "malformedId", null),
                read("a request to list the active promo codes", "listPromoCodes", 200, "activeCodes",
                        SpecValues.response(SPEC, "listPromoCodes", 200, "activeCodes").at("/promo_codes/0")),
                read("a request for a page size out of range", "listPromoCodes", 400, "invalidLimit", null));
    }

    /**
     * A call of a read operation with the parameters its spec documents: the path's id is the
     * parameter's example (or, for a 400, the example broken by its pattern), the query is the
     * parameters' examples (or, for a 400, {@code limit} one above its maximum). The account holds
     * the promo code given, or none.
     */
    private static ContractCase read(String description, String operationId, int status, String example,
                                     com.fasterxml.jackson.databind.JsonNode stored) {
        ProviderState state = stored == null
                ? account("acct_pact_empty", EMPTY_TEST_KEY, false)
                : new ProviderState(ACCOUNT_WITH_THIS_PROMO_CODE, Map.of("account", "acct_pact_read", "key", READ_TEST_KEY,
                        "live", false, "promoCode", SpecValues.asMap(stored)));
        String key = stored == null ? EMPTY_TEST_KEY : READ_TEST_KEY;
        Call call = SpecValues.readCall(SPEC, operationId, status == 400);
        return new ContractCase(description, state, "Bearer " + key, call, status,
                SpecValues.response(SPEC, operationId, status, example), Map.of());
    }

    private static ProviderState account(String account, String key, boolean live) {
        return new ProviderState(ACCOUNT_WITH_COUPON, Map.of("account", account, "key", key, "live", live));
    }

    private static Call create(JsonNode body) {
        return Call.post(OPERATION, "/v1/promo_codes", body);
    }
}

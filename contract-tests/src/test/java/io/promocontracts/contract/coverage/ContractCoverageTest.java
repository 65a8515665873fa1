package io.promocontracts.contract.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage rules on Flowglad's real spec, with what a build could have observed. */
class ContractCoverageTest {

    private static final List<ApiSpec> FLOWGLAD = List.of(ApiSpec.named("flowglad"));
    private static final AllowList NOTHING_ALLOWED = new AllowList(List.of());

    @Test
    void aDocumentedStatusNoContractExercisesIsAProblemNamingOperationAndStatus() {
        Map<ApiSpec, Map<String, Map<Integer, List<String>>>> documented = documentedWith("createDiscount", 418);

        ContractCoverage coverage = new ContractCoverage(FLOWGLAD, documented, everyDocumentedStatusSeen(), NOTHING_ALLOWED);

        assertThat(coverage.problems()).containsExactly(
                "createDiscount 418: documented, but no contract case exercised it"
                        + " (add one, or give a rule with its reason in contract-tests/coverage-allow-list.yaml)");
    }

    @Test
    void aStatusARuleAllowsIsNoProblemAndKeepsItsReason() {
        Map<ApiSpec, Map<String, Map<Integer, List<String>>>> documented = documentedWith("createDiscount", 418);
        AllowList allowed = new AllowList(List.of(AllowList.Rule.named("createDiscount", 418, "no contract can brew tea")));

        ContractCoverage coverage = new ContractCoverage(FLOWGLAD, documented, everyDocumentedStatusSeen(), allowed);

        assertThat(coverage.problems()).isEmpty();
        assertThat(coverage.rows()).filteredOn(row -> row.status() == 418).singleElement()
                .satisfies(row -> assertThat(row.allowedBecause()).isEqualTo("no contract can brew tea"));
    }

    @Test
    void aRuleForEveryOperationAllowsTheStatusWhereverNoContractCoversIt() {
        List<Observation> observed = everyDocumentedStatusSeen();
        observed.removeIf(seen -> seen.status() == 503 && !seen.operationId().equals("getDiscount"));
        AllowList allowed = new AllowList(List.of(AllowList.Rule.every(503, "no contract can take the database away")));

        ContractCoverage coverage = new ContractCoverage(FLOWGLAD, documented(), observed, allowed);

        assertThat(coverage.problems()).isEmpty();
        assertThat(coverage.rows()).filteredOn(row -> row.status() == 503 && !row.covered())
                .extracting(ContractCoverage.Row::operationId).containsExactlyInAnyOrder("listDiscounts", "createDiscount", "updateDiscount");
    }

    @Test
    void aRuleThatAllowsNothingIsAProblem() {
        AllowList stale = new AllowList(List.of(AllowList.Rule.every(503, "once uncovered")));

        ContractCoverage coverage = new ContractCoverage(FLOWGLAD, documented(), everyDocumentedStatusSeen(), stale);

        assertThat(coverage.problems()).containsExactly(
                "the allow-list rule for 503 of every operation allows nothing: every status it names is covered or undocumented; remove it");
    }

    @Test
    void anAnswerTheSpecDoesNotDocumentIsAProblem() {
        List<Observation> observed = everyDocumentedStatusSeen();
        observed.add(new Observation(ContractSource.GENERATED_CASES, ApiSpec.named("flowglad"), "getDiscount", 500, null));

        ContractCoverage coverage = new ContractCoverage(FLOWGLAD, documented(), observed, NOTHING_ALLOWED);

        assertThat(coverage.problems()).containsExactly(
                "getDiscount 500: generated cases saw this answer, which the spec does not document for the operation");
    }

    @Test
    void anAllowListEntryForACoveredStatusIsAProblem() {
        AllowList stale = new AllowList(List.of(AllowList.Rule.named("createDiscount", 409, "once uncovered")));

        ContractCoverage coverage = new ContractCoverage(FLOWGLAD, documented(), everyDocumentedStatusSeen(), stale);

        assertThat(coverage.problems()).containsExactly(
                "createDiscount 409: covered by Java pacts, yet the allow-list still names it; remove it from its rule",
                "the allow-list rule for 409 of createDiscount allows nothing: every status it names is covered or undocumented; remove it");
    }

    @Test
    void aPactInteractionCountsForItsOperationAndTheExampleItsDescriptionNames() {
        assertThat(ObservedAnswers.observe(ContractSource.TYPESCRIPT_PACTS, "POST", "/api/v1/discounts", 200,
                "TypeScript createDiscount: 200 forever", null))
                .contains(new Observation(ContractSource.TYPESCRIPT_PACTS, ApiSpec.named("flowglad"), "createDiscount", 200, "forever"));
        assertThat(ObservedAnswers.observe(ContractSource.JAVA_PACTS, "GET", "/api/v1/discounts/discount_Hc4Tn9Bq2Wx6Yp1Kd8Mz3", 404,
                "getDiscount: 404 for an object the tenant does not have", null))
                .contains(new Observation(ContractSource.JAVA_PACTS, ApiSpec.named("flowglad"), "getDiscount", 404, null));
    }

    @Test
    void aPactInteractionWhoseBodyIsANamedExampleCountsForThatExample() {
        JsonNode noSuchDiscount = ApiSpec.named("flowglad").responseExample("getDiscount", 404, "noSuchDiscount");

        assertThat(ObservedAnswers.observe(ContractSource.JAVA_PACTS, "GET", "/api/v1/discounts/discount_Hc4Tn9Bq2Wx6Yp1Kd8Mz3", 404,
                "getDiscount: 404 for an object the tenant does not have", noSuchDiscount))
                .contains(new Observation(ContractSource.JAVA_PACTS, ApiSpec.named("flowglad"), "getDiscount", 404, "noSuchDiscount"));
    }

    private static Map<ApiSpec, Map<String, Map<Integer, List<String>>>> documented() {
        return Map.of(ApiSpec.named("flowglad"), ContractCoverage.documented(ApiSpec.named("flowglad")));
    }

    /** The spec as if it documented one more status for the operation. */
    private static Map<ApiSpec, Map<String, Map<Integer, List<String>>>> documentedWith(String operationId, int status) {
        Map<String, Map<Integer, List<String>>> operations = new LinkedHashMap<>(ContractCoverage.documented(ApiSpec.named("flowglad")));
        Map<Integer, List<String>> statuses = new LinkedHashMap<>(operations.get(operationId));
        statuses.put(status, List.of());
        operations.put(operationId, statuses);
        return Map.of(ApiSpec.named("flowglad"), operations);
    }

    /** One Java pact answer for every status the spec documents. */
    private static List<Observation> everyDocumentedStatusSeen() {
        List<Observation> observed = new ArrayList<>();
        ContractCoverage.documented(ApiSpec.named("flowglad")).forEach((operationId, statuses) -> statuses.keySet().forEach(status ->
                observed.add(new Observation(ContractSource.JAVA_PACTS, ApiSpec.named("flowglad"), operationId, status, null))));
        return observed;
    }
}

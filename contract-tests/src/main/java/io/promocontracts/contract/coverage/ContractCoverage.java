package io.promocontracts.contract.coverage;

import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which contract sources exercised each documented status of each operation, and each named
 * example of it; which statuses none did (a problem unless the allow-list names it); which answers
 * a source saw that the spec does not document for the operation (always a problem); and which
 * allow-list rules allow nothing, or name an operation whose status is covered after all (problems
 * too, so the list stays true).
 */
public final class ContractCoverage {

    /** One documented status of one operation. {@code examples} maps each named example to the sources that used it. */
    public record Row(ApiSpec spec, String operationId, int status, Set<ContractSource> sources,
                      Map<String, Set<ContractSource>> examples, String allowedBecause) {

        public boolean covered() {
            return !sources.isEmpty();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** The documented statuses of every operation of {@code specs}, against what was observed. */
    public ContractCoverage(List<ApiSpec> specs, Map<ApiSpec, Map<String, Map<Integer, List<String>>>> documented,
                            List<Observation> observed, AllowList allowList) {
        Set<AllowList.Rule> rulesUsed = new LinkedHashSet<>();
        for (ApiSpec spec : specs) {
            Map<String, SpecOperation> operations = new LinkedHashMap<>();
            SpecConformance.of(spec).operations().forEach(operation -> operations.put(operation.operationId(), operation));
            documented.get(spec).forEach((operationId, statuses) -> statuses.forEach((status, exampleNames) -> {
                Set<ContractSource> sources = EnumSet.noneOf(ContractSource.class);
                Map<String, Set<ContractSource>> examples = new LinkedHashMap<>();
                exampleNames.forEach(name -> examples.put(name, EnumSet.noneOf(ContractSource.class)));
                for (Observation seen : observed) {
                    if (seen.spec() == spec && seen.operationId().equals(operationId) && seen.status() == status) {
                        sources.add(seen.source());
                        if (seen.example() != null && examples.containsKey(seen.example())) {
                            examples.get(seen.example()).add(seen.source());
                        }
                    }
                }
                Optional<AllowList.Rule> rule = allowList.rule(operations.get(operationId), status);
                rows.add(new Row(spec, operationId, status, sources, examples, rule.map(AllowList.Rule::reason).orElse(null)));
                if (rule.isPresent() && sources.isEmpty()) {
                    rulesUsed.add(rule.get());
                } else if (rule.isPresent() && rule.get().scope() == AllowList.Scope.NAMED) {
                    problems.add(operationId + " " + status + ": covered by " + labels(sources)
                            + ", yet the allow-list still names it; remove it from its rule");
                } else if (sources.isEmpty()) {
                    problems.add(operationId + " " + status + ": documented, but no contract case exercised it"
                            + " (add one, or give a rule with its reason in contract-tests/coverage-allow-list.yaml)");
                }
            }));
        }
        for (Observation seen : observed) {
            Map<Integer, List<String>> statuses = documented.get(seen.spec()).get(seen.operationId());
            String problem = seen.operationId() + " " + seen.status() + ": " + seen.source().label()
                    + " saw this answer, which the spec does not document for the operation";
            if (statuses != null && !statuses.containsKey(seen.status()) && !problems.contains(problem)) {
                problems.add(problem);
            }
        }
        allowList.rules().stream().filter(rule -> !rulesUsed.contains(rule))
                .forEach(rule -> problems.add("the allow-list rule for " + rule.describe()
                        + " allows nothing: every status it names is covered or undocumented; remove it"));
    }

    /** The documented statuses and example names of every operation of a spec, as the spec states them. */
    public static Map<String, Map<Integer, List<String>>> documented(ApiSpec spec) {
        Map<String, Map<Integer, List<String>>> operations = new LinkedHashMap<>();
        for (SpecOperation operation : SpecConformance.of(spec).operations()) {
            operations.put(operation.operationId(), spec.responseExampleNames(operation.operationId()));
        }
        return operations;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> problems() {
        return problems;
    }

    static String labels(Set<ContractSource> sources) {
        return String.join(", ", sources.stream().map(ContractSource::label).toList());
    }
}

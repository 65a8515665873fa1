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
import java.util.Set;

/**
 * Which contract sources exercised each documented status of each operation, and each named
 * example of it; which statuses none did (a problem unless the allow-list names it); which answers
 * a source saw that the spec does not document for the operation (always a problem); and which
 * allow-list entries name a status that is covered after all (a problem too, so the list stays true).
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
        Set<String> allowedUsed = new LinkedHashSet<>();
        for (ApiSpec spec : specs) {
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
                String allowed = allowList.reason(operationId, status);
                rows.add(new Row(spec, operationId, status, sources, examples, allowed));
                if (allowed != null) {
                    allowedUsed.add(AllowList.key(operationId, status));
                    if (!sources.isEmpty()) {
                        problems.add(operationId + " " + status + ": covered by " + labels(sources)
                                + ", yet the allow-list still names it; remove its entry");
                    }
                } else if (sources.isEmpty()) {
                    problems.add(operationId + " " + status + ": documented, but no contract case exercised it"
                            + " (add one, or name it with a reason in contract-tests/coverage-allow-list.yaml)");
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
        allowList.reasons().keySet().stream().filter(key -> !allowedUsed.contains(key))
                .forEach(key -> problems.add(key + ": the allow-list names a status no operation documents; remove its entry"));
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

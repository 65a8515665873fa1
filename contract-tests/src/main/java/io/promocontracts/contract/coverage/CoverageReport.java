package io.promocontracts.contract.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.ApiSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the contract coverage of this build, once its integration tests have run: Markdown for
 * people and JSON for tools under {@code target/contract-coverage/}, a summary per operation in
 * the build log, and a failed build when a documented status has no contract case and no allowed
 * reason, a source saw an answer the spec does not document, or a request member was not shown
 * kept ({@link RequestMembers}). With {@code -Dcoverage.enforce=false} (a run of the suite against
 * a server of someone's, {@code promo-verify}) the problems are reported and fail nothing: what
 * that run's cases found is its test report's to say.
 * Arguments: the pacts folder and the allow-list file.
 */
public final class CoverageReport {

    private CoverageReport() {
    }

    public static void main(String[] args) throws Exception {
        List<ApiSpec> specs = ApiSpec.all();
        Map<ApiSpec, Map<String, Map<Integer, List<String>>>> documented = new LinkedHashMap<>();
        specs.forEach(spec -> documented.put(spec, ContractCoverage.documented(spec)));
        ContractCoverage coverage = new ContractCoverage(specs, documented, ObservedAnswers.read(Path.of(args[0])),
                AllowList.read(Path.of(args[1])));

        Path directory = ObservedAnswers.directory();
        RequestMembers members = RequestMembers.read(directory);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("coverage.md"), markdown(coverage) + members.markdown());
        ObjectNode json = json(coverage);
        members.json(json);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(directory.resolve("coverage.json").toFile(), json);
        System.out.println(summary(coverage));
        System.out.println("contract coverage: " + directory.resolve("coverage.md") + " (and coverage.json)");
        List<String> problems = new ArrayList<>(coverage.problems());
        problems.addAll(members.problems());
        if (!problems.isEmpty() && !Boolean.parseBoolean(System.getProperty("coverage.enforce", "true"))) {
            System.out.println("contract coverage: " + problems.size() + " problem(s), reported and not enforced\n  " + String.join("\n  ", problems));
        } else if (!problems.isEmpty()) {
            throw new IllegalStateException("contract coverage: " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
        }
    }

    /** Per operation: how many documented statuses a contract covers, how many are allowed without one, which are missing. */
    static String summary(ContractCoverage coverage) {
        StringBuilder table = new StringBuilder("| operation | documented statuses | covered by a contract | allowed without one | missing |\n")
                .append("| --- | ---: | ---: | ---: | --- |\n");
        Map<String, List<ContractCoverage.Row>> byOperation = coverage.rows().stream()
                .collect(Collectors.groupingBy(row -> row.operationId(), LinkedHashMap::new, Collectors.toList()));
        byOperation.forEach((operation, rows) -> table.append("| ").append(operation)
                .append(" | ").append(rows.size())
                .append(" | ").append(rows.stream().filter(ContractCoverage.Row::covered).count())
                .append(" | ").append(rows.stream().filter(row -> !row.covered() && row.allowedBecause() != null).count())
                .append(" | ").append(rows.stream().filter(row -> !row.covered() && row.allowedBecause() == null)
                        .map(row -> String.valueOf(row.status())).collect(Collectors.joining(", ")))
                .append(" |\n"));
        return table.toString();
    }

    static String markdown(ContractCoverage coverage) {
        StringBuilder text = new StringBuilder("# Contract coverage\n\n")
                .append("Every status each operation documents, and the contract sources that exercised it in this build; for each\n")
                .append("named example of the status, the sources whose case was built from it. A status without a source fails the\n")
                .append("build unless `contract-tests/coverage-allow-list.yaml` gives the reason.\n\n")
                .append(summary(coverage)).append("\n");
        List<ContractSource> sources = List.of(ContractSource.values());
        text.append("| API | operation | status | ")
                .append(sources.stream().map(ContractSource::label).collect(Collectors.joining(" | ")))
                .append(" | named examples | without a contract because |\n| --- | --- | ---: |")
                .append(" :---: |".repeat(sources.size())).append(" --- | --- |\n");
        for (ContractCoverage.Row row : coverage.rows()) {
            text.append("| ").append(row.spec().name().toLowerCase()).append(" | ").append(row.operationId())
                    .append(" | ").append(row.status()).append(" | ");
            sources.forEach(source -> text.append(row.sources().contains(source) ? "✓" : "").append(" | "));
            List<String> examples = new ArrayList<>();
            row.examples().forEach((name, by) -> examples.add("`" + name + "`: " + (by.isEmpty() ? "none" : ContractCoverage.labels(by))));
            text.append(String.join("; ", examples)).append(" | ")
                    .append(row.covered() ? "" : row.allowedBecause() != null ? row.allowedBecause() : "**missing**")
                    .append(" |\n");
        }
        if (!coverage.problems().isEmpty()) {
            text.append("\n## Problems\n\n");
            coverage.problems().forEach(problem -> text.append("- ").append(problem).append("\n"));
        }
        return text.toString();
    }

    static ObjectNode json(ContractCoverage coverage) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode rows = root.putArray("statuses");
        for (ContractCoverage.Row row : coverage.rows()) {
            ObjectNode node = rows.addObject().put("api", row.spec().name().toLowerCase())
                    .put("operationId", row.operationId()).put("status", row.status()).put("covered", row.covered());
            ArrayNode by = node.putArray("sources");
            row.sources().forEach(source -> by.add(source.label()));
            ObjectNode examples = node.putObject("examples");
            row.examples().forEach((name, sources) -> {
                ArrayNode exampleSources = examples.putArray(name);
                sources.forEach(source -> exampleSources.add(source.label()));
            });
            if (row.allowedBecause() != null) {
                node.put("allowedBecause", row.allowedBecause());
            }
        }
        ArrayNode problems = root.putArray("problems");
        coverage.problems().forEach(problems::add);
        return root;
    }
}

package io.promocontracts.contract.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.promocontracts.specs.SpecOperation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Documented statuses that no contract source exercises, as rules with the reason each is
 * acceptable ({@code contract-tests/coverage-allow-list.yaml}): a status of every operation, of
 * every operation with a request body, or of operations named. A rule without a reason is refused.
 */
public record AllowList(List<Rule> rules) {

    /** Which operations a rule speaks of. */
    public enum Scope {
        EVERY("every"), WITH_A_BODY("with a body"), NAMED("named");

        private final String words;

        Scope(String words) {
            this.words = words;
        }
    }

    /** A status allowed without a contract case on the operations of its scope ({@code operationIds} for {@code NAMED}). */
    public record Rule(int status, Scope scope, Set<String> operationIds, String reason) {

        public Rule {
            operationIds = Set.copyOf(operationIds);
        }

        public static Rule every(int status, String reason) {
            return new Rule(status, Scope.EVERY, Set.of(), reason);
        }

        public static Rule named(String operationId, int status, String reason) {
            return new Rule(status, Scope.NAMED, Set.of(operationId), reason);
        }

        boolean applies(SpecOperation operation, int status) {
            return this.status == status && switch (scope) {
                case EVERY -> true;
                case WITH_A_BODY -> operation.takesBody();
                case NAMED -> operationIds.contains(operation.operationId());
            };
        }

        /** How the rule reads in a problem: "429 of every operation", "400 of getDiscount". */
        String describe() {
            return status + " of " + (scope == Scope.NAMED ? String.join(", ", new java.util.TreeSet<>(operationIds))
                    : scope.words + " operation" + (scope == Scope.EVERY ? "" : "s"));
        }
    }

    public AllowList {
        rules = List.copyOf(rules);
    }

    public static AllowList read(Path file) throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (JsonNode entry : new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).path("allow")) {
            int status = entry.path("status").asInt();
            JsonNode operations = entry.path("operations");
            String reason = entry.path("reason").asText("");
            Rule rule;
            if (operations.isArray()) {
                Set<String> named = new LinkedHashSet<>();
                operations.forEach(operation -> named.add(operation.asText()));
                rule = new Rule(status, Scope.NAMED, named, reason);
            } else {
                String words = operations.asText();
                Scope scope = java.util.Arrays.stream(Scope.values()).filter(candidate -> candidate != Scope.NAMED
                        && candidate.words.equals(words)).findFirst().orElseThrow(() -> new IllegalArgumentException(file
                        + ": operations must be \"every\", \"with a body\" or a list of operationIds, not \"" + words + "\""));
                rule = new Rule(status, scope, Set.of(), reason);
            }
            if (reason.isBlank()) {
                throw new IllegalArgumentException(file + ": the rule for " + rule.describe() + " gives no reason");
            }
            rules.add(rule);
        }
        return new AllowList(rules);
    }

    /** The first rule that allows this status of this operation without a contract case. */
    Optional<Rule> rule(SpecOperation operation, int status) {
        return rules.stream().filter(rule -> rule.applies(operation, status)).findFirst();
    }
}

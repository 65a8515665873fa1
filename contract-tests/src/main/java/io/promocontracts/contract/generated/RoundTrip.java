package io.promocontracts.contract.generated;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.testkit.ApiWorld;
import io.promocontracts.testkit.cases.SchemaMembers;
import io.promocontracts.testkit.cases.SchemaMembers.Member;
import io.promocontracts.testkit.cases.SchemaMembers.Present;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the spec accepts, the server keeps: every request member a write sent must come back in
 * its answer with the value sent (under the same name, or where the operation's {@code x-promo-stored-as} says),
 * unless the spec declares it {@code x-promo-accepted-not-stored}; and every answer member the spec
 * documents must be sent by the server in some answer, unless declared {@code x-promo-not-sent}.
 * The generated cases feed it each write and each answer; it keeps, per operation and member,
 * what became of it, for their last tests and for the contract coverage report.
 */
final class RoundTrip {

    static final String KEPT = "kept";
    static final String NOT_KEPT = "missing";
    static final String DECLARED = "declared not kept";

    /** operationId → member key → outcome ("kept", "declared not kept: why", "missing: …"). */
    private final Map<String, Map<String, String>> outcomes = new ConcurrentHashMap<>();
    /** API → the answer members some answer carried, by component ({@code Coupon.percent_off}). */
    private final Map<String, Set<String>> produced = new ConcurrentHashMap<>();

    /** The members the write sent that its answer does not hold as sent, each described; records every outcome. */
    List<String> check(ApiWorld world, SpecOperation operation, JsonNode requestSchema, JsonNode sent, JsonNode answer) {
        List<String> lost = new ArrayList<>();
        Map<String, String> byMember = outcomes.computeIfAbsent(operation.operationId(), id -> new ConcurrentHashMap<>());
        for (Present present : SchemaMembers.present(requestSchema, sent)) {
            Member member = present.member();
            String declared = member.declaration(SchemaMembers.ACCEPTED_NOT_STORED);
            if (declared != null) {
                byMember.putIfAbsent(member.key(), DECLARED + ": " + declared);
                continue;
            }
            String pointer = operation.storedAs().getOrDefault(member.pointer(), member.pointer());
            JsonNode expected = world.stored.apply(member.name(), present.value());
            JsonNode actual = answer.at(pointer);
            if (kept(member, expected, actual)) {
                byMember.putIfAbsent(member.key(), KEPT);
            } else {
                String problem = actual.isMissingNode() ? "the answer has no " + pointer : "sent " + present.value() + ", answered " + actual;
                byMember.put(member.key(), NOT_KEPT + ": " + problem);
                lost.add(operation.operationId() + ": request member " + member.key() + " is accepted but not kept: " + problem);
            }
        }
        return lost;
    }

    /** Notes the answer members a 200 of the API carried. */
    void answered(ApiWorld world, JsonNode responseSchema, JsonNode answer) {
        Set<String> members = produced.computeIfAbsent(world.apiName(), api -> ConcurrentHashMap.newKeySet());
        SchemaMembers.present(responseSchema, answer).forEach(present -> members.add(present.member().componentKey()));
    }

    /** The request members of the operation that no case sent, or that were sent and not kept. */
    List<String> notShownKept(SpecOperation operation, JsonNode requestSchema) {
        Map<String, String> byMember = outcomes.getOrDefault(operation.operationId(), Map.of());
        List<String> problems = new ArrayList<>();
        for (Member member : SchemaMembers.declared(requestSchema)) {
            String outcome = byMember.get(member.key());
            if (outcome == null) {
                byMember.put(member.key(), "not sent by any case");
                problems.add(operation.operationId() + ": request member " + member.key() + " was sent by no case");
            } else if (outcome.startsWith(NOT_KEPT)) {
                problems.add(operation.operationId() + ": request member " + member.key() + " is accepted but not kept ("
                        + outcome.substring(NOT_KEPT.length() + 2) + ")");
            }
        }
        return problems;
    }

    /** The answer members of these 200 schemas that no answer of the API carried and the spec does not declare unsent. */
    List<String> neverSent(ApiWorld world, Collection<JsonNode> responseSchemas) {
        Set<String> seen = produced.getOrDefault(world.apiName(), Set.of());
        Map<String, Member> declared = new TreeMap<>();
        responseSchemas.forEach(schema -> SchemaMembers.declared(schema).forEach(member -> declared.putIfAbsent(member.componentKey(), member)));
        return declared.values().stream()
                .filter(member -> !seen.contains(member.componentKey()) && member.declaration(SchemaMembers.NOT_SENT) == null)
                .map(member -> world.apiName() + ": answer member " + member.componentKey() + " (" + member.key()
                        + ") is documented, but no answer carried it")
                .toList();
    }

    /** One line per operation and request member with its outcome, for the contract coverage report. */
    void write(Path file) {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(outcomes).forEach((operation, byMember) -> new TreeMap<>(byMember)
                .forEach((member, outcome) -> lines.add(String.join("\t", operation, member, outcome))));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the answer holds what was sent: an object of a schema with members of its own is there
     * as an object (its members are checked one by one); anything else equals the value the vendor
     * documents storing, numbers by value and timestamps by instant.
     */
    private static boolean kept(Member member, JsonNode expected, JsonNode actual) {
        if (actual.isMissingNode()) {
            return false;
        }
        if (expected.isObject() && member.holdsMembers()) {
            return actual.isObject();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isTextual() && actual.isTextual() && !expected.equals(actual)) {
            return sameInstant(expected.asText(), actual.asText());
        }
        return expected.equals(actual);
    }

    private static boolean sameInstant(String one, String other) {
        try {
            return OffsetDateTime.parse(one).toInstant().equals(OffsetDateTime.parse(other).toInstant());
        } catch (DateTimeParseException notTimestamps) {
            return false;
        }
    }
}

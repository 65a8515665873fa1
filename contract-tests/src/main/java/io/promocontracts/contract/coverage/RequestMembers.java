package io.promocontracts.contract.coverage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the generated cases' round trips found of each request member of each write, per database
 * ({@code round-trip-<database>.tsv} in the coverage folder): kept, declared as not kept, or not.
 */
record RequestMembers(List<String> databases, Map<String, Map<String, String>> outcomes) {

    /** operation and member → database → outcome. */
    static RequestMembers read(Path directory) {
        List<String> databases = new ArrayList<>();
        Map<String, Map<String, String>> outcomes = new TreeMap<>();
        try (Stream<Path> files = Files.exists(directory) ? Files.list(directory) : Stream.empty()) {
            for (Path file : files.filter(each -> each.getFileName().toString().matches("round-trip-.+\\.tsv")).sorted().toList()) {
                String database = file.getFileName().toString().replaceAll("^round-trip-|\\.tsv$", "");
                databases.add(database);
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split("\t", 3);
                    outcomes.computeIfAbsent(fields[0] + "\t" + fields[1], key -> new TreeMap<>()).put(database, fields[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RequestMembers(databases, outcomes);
    }

    /** A member not shown kept on some database, unless the spec declares it not kept. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        outcomes.forEach((member, byDatabase) -> byDatabase.forEach((database, outcome) -> {
            if (!outcome.equals("kept") && !outcome.startsWith("declared not kept")) {
                problems.add(member.replace("\t", ": request member ") + " on " + database + ": " + outcome);
            }
        }));
        return problems;
    }

    String markdown() {
        if (outcomes.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n## Request members\n\nEach member of each write's request, as the generated cases sent it")
                .append(" and read it back (the write's answer, the read of the object, its list):\n\n| operation | member | ")
                .append(String.join(" | ", databases)).append(" |\n| --- | --- |").append(" --- |".repeat(databases.size())).append("\n");
        outcomes.forEach((member, byDatabase) -> {
            text.append("| ").append(member.replace("\t", " | `").replaceFirst("$", "`")).append(" |");
            databases.forEach(database -> text.append(" ").append(byDatabase.getOrDefault(database, "")).append(" |"));
            text.append("\n");
        });
        return text.toString();
    }

    void json(ObjectNode root) {
        ArrayNode members = root.putArray("requestMembers");
        outcomes.forEach((member, byDatabase) -> {
            String[] parts = member.split("\t", 2);
            ObjectNode node = members.addObject().put("operationId", parts[0]).put("member", parts[1]);
            byDatabase.forEach(node::put);
        });
    }
}

package io.promocontracts.contract.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the contract sources of this build saw. The pacts say it themselves; the generated cases
 * and the provider verification append each answer to a log in {@code target/contract-coverage/}
 * (which the build empties before its integration tests), one tab-separated line per answer.
 */
public final class ObservedAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A pact interaction's description: "[TypeScript ]operationId: status[ example or reason]". */
    private static final Pattern DESCRIPTION = Pattern.compile("^(?:TypeScript )?\\w+: \\d{3} (\\S+)$");
    private static final String TYPESCRIPT_CONSUMER = "promo-contracts-typescript-client";

    private ObservedAnswers() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("coverage.dir", "target/contract-coverage"));
    }

    /**
     * Logs an answer a request of the given method and path (a query is ignored) got, if the path is
     * one of a spec's; {@code body} is the JSON body the answer was expected to have, if any.
     */
    public static void record(ContractSource source, String method, String path, int status, String description, String body) {
        JsonNode expected = null;
        if (body != null && !body.isBlank()) {
            try {
                expected = JSON.readTree(body);
            } catch (IOException notJson) {
                expected = null;
            }
        }
        observe(source, method, URI.create(path).getRawPath(), status, description, expected).ifPresent(ObservedAnswers::record);
    }

    /** Logs an answer to a request of a known operation. */
    public static synchronized void record(Observation seen) {
        String line = String.join("\t", seen.source().name(), seen.spec().name(), seen.operationId(),
                String.valueOf(seen.status()), seen.example() == null ? "" : seen.example()) + "\n";
        try {
            Files.createDirectories(directory());
            Files.writeString(directory().resolve("observed.tsv"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Everything logged in this build ({@code observed.tsv}, and any {@code observed-<name>.tsv} a
     * process of its own wrote, as the verifier's run), and every interaction of the pacts in
     * {@code pactsDirectory}.
     */
    public static List<Observation> read(Path pactsDirectory) throws IOException {
        List<Observation> all = new ArrayList<>();
        if (Files.isDirectory(directory())) {
            try (Stream<Path> logs = Files.list(directory())) {
                for (Path log : logs.filter(file -> file.getFileName().toString().matches("observed.*\\.tsv")).sorted().toList()) {
                    for (String line : Files.readAllLines(log)) {
                        String[] field = line.split("\t", -1);
                        all.add(new Observation(ContractSource.valueOf(field[0]), ApiSpec.named(field[1]), field[2],
                                Integer.parseInt(field[3]), field[4].isEmpty() ? null : field[4]));
                    }
                }
            }
        }
        if (Files.isDirectory(pactsDirectory)) {
            try (Stream<Path> files = Files.list(pactsDirectory)) {
                for (Path file : files.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode pact = JSON.readTree(file.toFile());
                    ContractSource source = TYPESCRIPT_CONSUMER.equals(pact.at("/consumer/name").asText())
                            ? ContractSource.TYPESCRIPT_PACTS : ContractSource.JAVA_PACTS;
                    for (JsonNode interaction : pact.path("interactions")) {
                        observe(source, interaction.at("/request/method").asText(), interaction.at("/request/path").asText(),
                                interaction.at("/response/status").asInt(), interaction.path("description").asText(),
                                expectedBody(interaction))
                                .ifPresent(all::add);
                    }
                }
            }
        }
        return all;
    }

    /** A V4 pact keeps a JSON body under {@code content}; older versions keep it as the body itself. */
    private static JsonNode expectedBody(JsonNode interaction) {
        JsonNode body = interaction.at("/response/body");
        return body.has("content") && body.has("contentType") ? body.get("content") : body;
    }

    /**
     * The operation of the spec whose path and method the request matches, the status, and the
     * example of that status the expected body is (a pact's bodies are built from the spec's
     * examples), else the one the description names with its last word.
     */
    static Optional<Observation> observe(ContractSource source, String method, String path, int status, String description,
                                         JsonNode body) {
        for (ApiSpec spec : ApiSpec.all()) {
            if (SpecConformance.of(spec).route(method, path) instanceof SpecConformance.Route.Found found) {
                String operationId = found.operation().operationId();
                List<String> examples = spec.responseExampleNames(operationId).getOrDefault(status, List.of());
                Optional<String> same = body == null || body.isMissingNode() ? Optional.empty() : examples.stream()
                        .filter(name -> spec.responseExample(operationId, status, name).equals(body)).findFirst();
                Matcher named = DESCRIPTION.matcher(description == null ? "" : description);
                String example = same.orElse(named.matches() && examples.contains(named.group(1)) ? named.group(1) : null);
                return Optional.of(new Observation(source, spec, operationId, status, example));
            }
        }
        return Optional.empty();
    }
}

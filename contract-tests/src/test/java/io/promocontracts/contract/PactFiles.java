package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/** The pact files the consumer tests of this build wrote. */
final class PactFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PactFiles() {
    }

    static Path directory() {
        return Path.of(System.getProperty("pacts.dir", "target/pacts"));
    }

    /** The interactions of the Java consumer's pact with a provider; fails if the pact was not written. */
    static List<JsonNode> interactions(String provider) {
        Path file = directory().resolve(ConsumerPacts.CONSUMER + "-" + provider + ".json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no pact at " + file + ": the consumer tests must run first");
        }
        return read(file);
    }

    /**
     * The interactions of every consumer's pact with a provider: the Java consumer's, and others'
     * written into the same folder (the TypeScript consumer's, in CI), each with its consumer's name.
     */
    static List<JsonNode> allInteractions(String provider) {
        try (var files = Files.list(directory())) {
            return files.filter(file -> file.getFileName().toString().endsWith("-" + provider + ".json"))
                    .sorted()
                    .flatMap(file -> read(file).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The consumer's name of a pact file, e.g. {@code promo-contracts-typescript-client}. */
    static String consumerOf(JsonNode interaction) {
        return interaction.path("_consumer").asText(ConsumerPacts.CONSUMER);
    }

    private static List<JsonNode> read(Path file) {
        try {
            JsonNode pact = JSON.readTree(file.toFile());
            String consumer = pact.at("/consumer/name").asText();
            return StreamSupport.stream(pact.get("interactions").spliterator(), false)
                    .map(interaction -> (JsonNode) ((com.fasterxml.jackson.databind.node.ObjectNode) interaction.deepCopy())
                            .put("_consumer", consumer))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

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

    /** The interactions of the consumer's pact with a provider; fails if the pact was not written. */
    static List<JsonNode> interactions(String provider) {
        Path file = directory().resolve(ConsumerPacts.CONSUMER + "-" + provider + ".json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no pact at " + file + ": the consumer tests must run first");
        }
        try {
            JsonNode pact = JSON.readTree(file.toFile());
            return StreamSupport.stream(pact.get("interactions").spliterator(), false).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

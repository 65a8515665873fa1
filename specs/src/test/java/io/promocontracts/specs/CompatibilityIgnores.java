package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of the compatibility check accepted on purpose, from {@code compatibility-ignore.yaml}:
 * each entry names the spec, the operation, a text the finding contains, and why it is accepted.
 * An entry without a reason is refused: an ignored break must say why.
 */
record CompatibilityIgnores(List<Entry> entries) {

    record Entry(String spec, String operation, String contains, String reason) {

        boolean matches(String file, CompatibilityChange change) {
            return spec.equals(file) && change.operation().startsWith(operation) && change.message().contains(contains);
        }
    }

    static CompatibilityIgnores none() {
        return new CompatibilityIgnores(List.of());
    }

    static CompatibilityIgnores read(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompatibilityIgnores parse(String yaml) {
        try {
            List<Entry> entries = new ArrayList<>();
            for (JsonNode entry : Yaml.mapper().readTree(yaml).path("ignore")) {
                String reason = entry.path("reason").asText("").trim();
                if (reason.isEmpty()) {
                    throw new IllegalArgumentException("an ignored compatibility finding needs a reason: " + entry);
                }
                entries.add(new Entry(entry.path("spec").asText(), entry.path("operation").asText(""),
                        entry.path("contains").asText(""), reason));
            }
            return new CompatibilityIgnores(List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CompatibilityChange apply(String file, CompatibilityChange change) {
        return entries.stream().filter(entry -> entry.matches(file, change)).findFirst()
                .map(entry -> change.ignored(entry.reason())).orElse(change);
    }
}

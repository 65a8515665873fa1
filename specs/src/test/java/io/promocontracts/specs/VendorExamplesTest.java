package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift table's principle, held in the build: every body a vendor publishes beyond the seed
 * pages (recorded with its source in {@code vendor-examples/}) conforms to the spec, a request as
 * accepted and a response as documented, unless it names the drift-table row that declares the
 * difference. A declared example must still differ, and only where it says, so that a declaration
 * cannot outlive its difference or hide another one.
 */
class VendorExamplesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One recorded vendor body. */
    record VendorExample(ApiSpec spec, JsonNode entry) {

        String source() {
            return entry.get("source").asText();
        }

        boolean isResponse() {
            return entry.has("status");
        }

        List<JsonNode> declared() {
            List<JsonNode> declared = new ArrayList<>();
            entry.path("declared").forEach(declared::add);
            return declared;
        }

        /** Every way the body breaks the spec, as the spec's own checker reports it. */
        List<String> violations() {
            SpecConformance conformance = SpecConformance.of(spec);
            SpecOperation operation = conformance.operations().stream()
                    .filter(candidate -> candidate.operationId().equals(entry.get("operation").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError(source() + ": the spec has no operation " + entry.get("operation")));
            String path = entry.get("path").asText();
            return isResponse()
                    ? conformance.responseViolations(operation.method(), path, entry.get("status").asInt(), "application/json", entry.get("body"))
                    : conformance.requestViolations(operation.method(), path, "application/json", entry.get("body"));
        }

        @Override
        public String toString() {
            return (isResponse() ? entry.get("status").asText() + " " : "request ") + entry.get("operation").asText() + " from " + source();
        }
    }

    static List<VendorExample> recorded() {
        List<VendorExample> examples = new ArrayList<>();
        for (ApiSpec spec : ApiSpec.all()) {
            read(spec, "vendor-examples/" + spec.name() + ".yaml").forEach(entry -> examples.add(new VendorExample(spec, entry)));
        }
        return examples;
    }

    @Test
    void bothVendorsArePresentWithRequestsAndResponses() {
        assertThat(recorded()).extracting(example -> example.spec() + " " + example.isResponse())
                .contains("flex true", "flex false", "flowglad true");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void aVendorPublishedBodyConformsUnlessADriftRowDeclaresTheDifference(VendorExample example) throws IOException {
        List<String> violations = example.violations();

        if (example.declared().isEmpty()) {
            assertThat(violations).as("%s breaks the spec, and no drift row declares it", example).isEmpty();
            return;
        }
        String driftTable = Files.readString(Path.of("README.md"));
        assertThat(violations).as("%s is declared to differ, but conforms: drop the declaration", example).isNotEmpty();
        for (JsonNode declared : example.declared()) {
            assertThat(driftTable).as("the drift row %s that %s names", declared.get("row"), example)
                    .contains("| " + declared.get("row").asText() + " |");
        }
        List<String> where = example.declared().stream().filter(declared -> declared.has("at"))
                .map(declared -> declared.get("at").asText() + ":").toList();
        if (!where.isEmpty()) {
            assertThat(violations).as("%s differs only where its drift rows say", example)
                    .allSatisfy(violation -> assertThat(where).anySatisfy(location -> assertThat(violation).contains(location)));
        }
    }

    /** The recorded examples of a spec's vendor, {@code vendor-examples/<api>.yaml}; none when it has no file. */
    private static List<JsonNode> read(ApiSpec spec, String file) {
        try {
            List<JsonNode> entries = new ArrayList<>();
            if (Files.isRegularFile(Path.of(file))) {
                YAML.readTree(Path.of(file).toFile()).forEach(entries::add);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the specs faithful to the vendors' published pages. An example marked {@code x-published}
 * must equal the page's body value for value, except at the JSON pointers it lists as
 * {@code deviations}; each deviation must really differ and must be explained in the drift table.
 */
class PublishedPagesTest {

    static List<SpecExample> publishedExamples() {
        return ApiSpec.all().stream()
                .flatMap(spec -> SpecExamples.of(spec).stream())
                .filter(example -> example.published() != null)
                .toList();
    }

    @Test
    void bothPagesAreRepresentedByARequestAndAResponseExample() {
        assertThat(publishedExamples())
                .extracting(e -> e.published().get("page").asText() + " " + e.published().get("body").asText())
                .containsExactlyInAnyOrder(
                        "flex-create-promo-code.txt request", "flex-create-promo-code.txt response",
                        "flowglad-create-discount.txt request", "flowglad-create-discount.txt response");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedExamples")
    void exampleKeepsThePagesValuesExceptItsDeviations(SpecExample example) {
        JsonNode page = PublishedPage.load(example.published().get("page").asText())
                .body(example.published().get("body").asText());
        Set<String> deviations = deviations(example);
        Map<String, JsonNode> published = leaves(page);
        Map<String, JsonNode> spec = leaves(example.value());

        assertThat(spec.keySet()).as("fields of %s", example).isEqualTo(published.keySet());
        published.forEach((pointer, value) -> {
            if (deviations.contains(pointer)) {
                assertThat(spec.get(pointer)).as("%s is listed as a deviation", pointer).isNotEqualTo(value);
            } else {
                assertThat(spec.get(pointer)).as("%s keeps the published value", pointer).isEqualTo(value);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedExamples")
    void everyDeviationIsInTheDriftTable(SpecExample example) throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        for (String pointer : deviations(example)) {
            assertThat(readme).as("specs/README.md drift table").contains("`" + pointer + "`");
        }
    }

    private static Set<String> deviations(SpecExample example) {
        return StreamSupport.stream(example.published().get("deviations").spliterator(), false)
                .map(JsonNode::asText)
                .collect(TreeSet::new, Set::add, Set::addAll);
    }

    /** Every scalar (null included) and every empty container, by JSON pointer. */
    private static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect(node, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String pointer, Map<String, JsonNode> leaves) {
        if (node.isContainerNode() && !node.isEmpty()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collect(node.get(i), pointer + "/" + i, leaves);
                }
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    collect(field.getValue(), pointer + "/" + SpecExamples.escape(field.getKey()), leaves);
                }
            }
        } else {
            leaves.put(pointer, node);
        }
    }
}

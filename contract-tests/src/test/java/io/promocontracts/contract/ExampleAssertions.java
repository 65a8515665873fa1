package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that what a generated client decoded carries every value of the documented example. */
final class ExampleAssertions {

    private ExampleAssertions() {
    }

    /** @param decoded the client's model, written back to JSON by the client's own mapper */
    static void assertCarriesExample(JsonNode decoded, JsonNode example) {
        compare(decoded, example, "");
    }

    private static void compare(JsonNode decoded, JsonNode example, String pointer) {
        if (example.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = example.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode child = decoded.path(field.getKey());
                compare(child, field.getValue(), pointer + "/" + field.getKey());
            }
        } else if (example.isArray()) {
            assertThat(decoded.size()).as(pointer).isEqualTo(example.size());
            for (int i = 0; i < example.size(); i++) {
                compare(decoded.path(i), example.get(i), pointer + "/" + i);
            }
        } else if (example.isNull()) {
            assertThat(decoded.isNull() || decoded instanceof MissingNode).as("%s is null", pointer).isTrue();
        } else if (example.isNumber()) {
            assertThat(decoded.decimalValue()).as(pointer).isEqualByComparingTo(example.decimalValue());
        } else if (isTimestamp(example.asText())) {
            assertThat(OffsetDateTime.parse(decoded.asText()).toInstant()).as(pointer)
                    .isEqualTo(OffsetDateTime.parse(example.asText()).toInstant());
        } else {
            assertThat(decoded.asText()).as(pointer).isEqualTo(example.asText());
            assertThat(decoded.getNodeType()).as(pointer).isEqualTo(example.getNodeType());
        }
    }

    private static boolean isTimestamp(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

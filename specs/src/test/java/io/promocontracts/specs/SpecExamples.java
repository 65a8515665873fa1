package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds every example in a spec by walking the raw document, so that no example escapes the checks:
 * named examples of media types and parameters ({@code examples}), and single {@code example}
 * values of media types, parameters and schemas at any depth.
 */
final class SpecExamples {

    private SpecExamples() {
    }

    static List<SpecExample> of(ApiSpec spec) {
        List<SpecExample> found = new ArrayList<>();
        walk(spec, raw(spec), "", found);
        return found;
    }

    static JsonNode raw(ApiSpec spec) {
        try {
            return Yaml.mapper().readTree(spec.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(ApiSpec spec, JsonNode node, String pointer, List<SpecExample> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(spec, node.get(i), pointer + "/" + i, found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean isPropertyMap = pointer.endsWith("/properties");
        if (!isPropertyMap) {
            collect(spec, node, pointer, found);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            boolean exampleKeyword = !isPropertyMap && (field.getKey().equals("example") || field.getKey().equals("examples"));
            if (!exampleKeyword) {
                walk(spec, field.getValue(), pointer + "/" + escape(field.getKey()), found);
            }
        }
    }

    private static void collect(ApiSpec spec, JsonNode node, String pointer, List<SpecExample> found) {
        // A media type or parameter states its schema beside its examples; a schema is its own schema.
        String schemaPointer = node.has("schema") ? pointer + "/schema" : pointer;
        if (node.has("example")) {
            found.add(new SpecExample(spec, pointer + "/example", node.get("example"), schemaPointer, null));
        }
        JsonNode examples = node.get("examples");
        if (examples != null && examples.isObject() && node.has("schema")) {
            examples.fields().forEachRemaining(named -> found.add(new SpecExample(spec,
                    pointer + "/examples/" + escape(named.getKey()) + "/value",
                    named.getValue().get("value"), schemaPointer, named.getValue().get("x-published"))));
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}

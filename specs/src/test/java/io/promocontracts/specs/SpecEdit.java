package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Yaml;

import java.util.function.Consumer;

/** An edit of a spec document, applied to its YAML tree: the fixtures of the spec guards' tests. */
final class SpecEdit {

    private SpecEdit() {
    }

    static String edited(ApiSpec spec, Consumer<ObjectNode> edit) {
        ObjectNode document = (ObjectNode) SpecExamples.raw(spec);
        edit.accept(document);
        try {
            return Yaml.mapper().writeValueAsString(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode schema(JsonNode document, String name) {
        return (ObjectNode) document.at("/components/schemas/" + name);
    }
}

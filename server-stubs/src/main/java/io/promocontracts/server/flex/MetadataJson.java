package io.promocontracts.server.flex;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Metadata maps and product lists are stored as JSON text, which H2 and PostgreSQL both keep as is. */
@Component
class MetadataJson {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };

    private final JsonMapper json;

    MetadataJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    Map<String, String> readMap(String text) {
        return json.readValue(text, MAP);
    }

    List<String> readList(String text) {
        return text == null ? null : json.readValue(text, LIST);
    }
}

package io.promocontracts.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders generated parameter values into a request's path and query, as text. */
public final class ParameterRequests {

    private ParameterRequests() {
    }

    /**
     * The path and query for these parameter values, or empty when a value cannot be sent as text
     * (an object, an array, {@code null}) or a path parameter is missing, empty or not plain text.
     */
    public static Optional<String> render(String pathTemplate, Map<String, String> locations, JsonNode values) {
        String path = pathTemplate;
        List<String> query = new ArrayList<>();
        for (Map.Entry<String, String> parameter : locations.entrySet()) {
            JsonNode value = values.get(parameter.getKey());
            if (value != null && !value.isValueNode() || value != null && value.isNull()) {
                return Optional.empty();
            }
            if ("path".equals(parameter.getValue())) {
                // An empty segment is another path, and the server refuses %-escapes in paths outright.
                if (value == null || value.asText().isEmpty()
                        || !URLEncoder.encode(value.asText(), StandardCharsets.UTF_8).equals(value.asText())) {
                    return Optional.empty();
                }
                path = path.replace("{" + parameter.getKey() + "}", value.asText());
            } else if (value != null) {
                query.add(parameter.getKey() + "=" + URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
            }
        }
        if (values.size() > locations.size()) {
            return Optional.empty();
        }
        return Optional.of(query.isEmpty() ? path : path + "?" + String.join("&", query));
    }
}

package io.promocontracts.contract.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documented statuses that no contract source exercises, each with the reason it is acceptable
 * ({@code contract-tests/coverage-allow-list.yaml}). An entry without a reason is refused.
 */
public record AllowList(Map<String, String> reasons) {

    public static AllowList read(Path file) throws IOException {
        JsonNode entries = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).path("allow");
        Map<String, String> reasons = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            String key = key(entry.path("operation").asText(), entry.path("status").asInt());
            String reason = entry.path("reason").asText("");
            if (reason.isBlank()) {
                throw new IllegalArgumentException(file + ": the entry for " + key + " gives no reason");
            }
            reasons.put(key, reason);
        }
        return new AllowList(reasons);
    }

    static String key(String operationId, int status) {
        return operationId + " " + status;
    }

    String reason(String operationId, int status) {
        return reasons.get(key(operationId, status));
    }
}

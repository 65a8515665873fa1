package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One interaction of a contract, made of a spec's documented examples.
 *
 * @param description   what the consumer does
 * @param state         the provider state and its parameters (tenant, key, mode, the objects to read…)
 * @param authorization the {@code Authorization} header the client sends
 * @param call          the operation called: method, path, query and body
 * @param status        the documented status
 * @param response      the documented response body
 * @param generated     JSON pointers of values the server generates, with the spec's pattern for them
 */
record ContractCase(String description, ProviderState state, String authorization, Call call, int status,
                    JsonNode response, Map<String, String> generated) {

    boolean isError() {
        return status >= 400;
    }

    record ProviderState(String name, Map<String, Object> params) {
    }

    /**
     * A call of an operation.
     *
     * @param operationId the spec's operation, which the consumer test calls through the generated client
     * @param path        the path with its parameters filled in
     * @param query       the query parameters, in the order sent
     * @param body        the request body, matched exactly; null for an operation without one
     */
    record Call(String operationId, String method, String path, Map<String, String> query, JsonNode body) {

        /** The query string, e.g. {@code active=true}; empty without parameters. */
        String queryString() {
            return query.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("&"));
        }
    }
}

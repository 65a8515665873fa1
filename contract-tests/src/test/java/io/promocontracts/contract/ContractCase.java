package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * One interaction of a contract, made of a spec's documented examples.
 *
 * @param description   what the consumer does
 * @param state         the provider state and its parameters (tenant, key, mode…)
 * @param authorization the {@code Authorization} header the client sends
 * @param request       the request body, matched exactly
 * @param status        the documented status
 * @param response      the documented response body
 * @param generated     JSON pointers of values the server generates, with the spec's pattern for them
 */
record ContractCase(String description, ProviderState state, String authorization, JsonNode request, int status,
                    JsonNode response, Map<String, String> generated) {

    boolean isError() {
        return status >= 400;
    }

    record ProviderState(String name, Map<String, Object> params) {
    }
}

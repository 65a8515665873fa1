package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.SpecConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every interaction of every pact, request and response, is held against the spec of its
 * provider, so that a pact can never assert what the spec does not allow. A response must be
 * documented; a request must conform, except in an interaction whose documented answer is that
 * the request is invalid, whose request the spec must then reject as well.
 */
class PactsConformToSpecsIT {

    static Stream<Arguments> interactions() {
        return ApiContract.all().stream().flatMap(contract -> {
            String provider = contract.provider();
            assertThat(PactFiles.interactions(provider)).as("interactions of %s", provider).hasSize(SpecCases.of(contract).size());
            return PactFiles.allInteractions(provider).stream().map(interaction -> argumentSet(
                    PactFiles.consumerOf(interaction) + " with " + provider + ": " + interaction.get("description").asText(),
                    provider, interaction));
        });
    }

    @ParameterizedTest
    @MethodSource("interactions")
    void interactionConformsToTheSpec(String provider, JsonNode interaction) {
        assertThat(errors(provider, interaction)).isEmpty();
    }

    /** Real interactions, broken in ways the spec forbids: each must be caught. */
    static Stream<Arguments> brokenInteractions() {
        return Stream.of(
                broken("an undocumented status", FlexContract.PROVIDER, "createPromoCode: 200 documented", i -> ((ObjectNode) i.get("response")).put("status", 201)),
                broken("a response field the spec does not know", FlexContract.PROVIDER, "createPromoCode: 200 documented",
                        i -> responseBody(i).with("promo_code").put("redeem_by", "2026-01-01")),
                broken("a malformed generated id", FlexContract.PROVIDER, "createPromoCode: 200 documented",
                        i -> responseBody(i).with("promo_code").put("promo_code_id", "promo_123")),
                broken("a request field the spec does not know", FlexContract.PROVIDER, "createPromoCode: 200 documented",
                        i -> requestBody(i).with("promo_code").put("percent_off", 10)),
                broken("an error body in another shape", FlexContract.PROVIDER, "createPromoCode: 401 for a key nobody has",
                        i -> ((ObjectNode) i.at("/response/body")).set("content", responseBody(i).get("error"))),
                broken("an unknown duration", FlowgladContract.PROVIDER, "createDiscount: 200 numberOfPayments",
                        i -> responseBody(i).with("discount").put("duration", "weekly")),
                broken("numberOfPayments on a once discount", FlowgladContract.PROVIDER, "createDiscount: 200 documented",
                        i -> responseBody(i).with("discount").put("numberOfPayments", 2)),
                broken("a request code that is too short", FlowgladContract.PROVIDER, "createDiscount: 200 numberOfPayments",
                        i -> requestBody(i).with("discount").put("code", "X")),
                broken("a valid request answered as invalid", FlowgladContract.PROVIDER, "createDiscount: 400 for a too-short code",
                        i -> requestBody(i).with("discount").put("code", "VALIDCODE")),
                broken("a page size the spec forbids", FlexContract.PROVIDER, "listPromoCodes: 200 activeCodes",
                        i -> ((ObjectNode) i.get("request")).putObject("query").putArray("limit").add("500")),
                broken("a listed discount with a negative redemption count", FlowgladContract.PROVIDER, "listDiscounts: 200 onePage",
                        i -> ((ObjectNode) responseBody(i).get("data").get(0)).put("redemptionCount", -1)),
                broken("a coupon with neither amount_off nor percent_off", FlexContract.PROVIDER, "createPromoCode: 200 documented",
                        i -> responseBody(i).with("promo_code").with("coupon").putNull("amount_off").putNull("percent_off")));
    }

    @ParameterizedTest
    @MethodSource("brokenInteractions")
    void brokenInteractionIsCaught(String provider, JsonNode interaction) {
        assertThat(errors(provider, interaction)).isNotEmpty();
    }

    private static Arguments broken(String name, String provider, String description, Consumer<JsonNode> breakIt) {
        JsonNode interaction = PactFiles.interactions(provider).stream()
                .filter(candidate -> candidate.get("description").asText().equals(description))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no interaction '" + description + "' with " + provider))
                .deepCopy();
        breakIt.accept(interaction);
        return argumentSet(provider + ": " + name, provider, interaction);
    }

    private static ObjectNode requestBody(JsonNode interaction) {
        return (ObjectNode) interaction.at("/request/body/content");
    }

    private static ObjectNode responseBody(JsonNode interaction) {
        return (ObjectNode) interaction.at("/response/body/content");
    }

    private static List<String> errors(String provider, JsonNode interaction) {
        SpecConformance spec = SpecConformance.of(ApiContract.of(provider).spec());
        JsonNode request = interaction.get("request");
        JsonNode response = interaction.get("response");
        String method = request.get("method").asText();
        String path = request.get("path").asText() + query(request.path("query"));
        List<String> errors = new ArrayList<>(spec.responseViolations(method, path, response.get("status").asInt(),
                contentType(response), body(response)));
        List<String> requestErrors = spec.requestViolations(method, path, contentType(request), body(request));
        if (claimsInvalidRequest(interaction)) {
            if (requestErrors.isEmpty()) {
                errors.add("the interaction answers that the request is invalid, but the spec accepts it");
            }
        } else {
            errors.addAll(requestErrors);
        }
        return errors;
    }

    /** A V4 pact's query ({@code {"limit": ["101"]}}) as a query string, e.g. {@code ?limit=101}. */
    private static String query(JsonNode query) {
        List<String> pairs = new ArrayList<>();
        query.fields().forEachRemaining(parameter -> parameter.getValue().forEach(value -> pairs.add(parameter.getKey() + "=" + value.asText())));
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String contentType(JsonNode message) {
        JsonNode header = message.at("/headers/Content-Type");
        return header.isArray() && !header.isEmpty() ? header.get(0).asText() : header.isTextual() ? header.asText()
                : message.at("/body/contentType").asText(null);
    }

    private static JsonNode body(JsonNode message) {
        return message.has("body") ? message.at("/body/content") : null;
    }

    /** The documented answer to a body the spec rejects: Flex's invalid_request, Flowglad's BAD_REQUEST. */
    private static boolean claimsInvalidRequest(JsonNode interaction) {
        JsonNode body = interaction.at("/response/body/content");
        return body.at("/error/code").asText().equals("invalid_request") || body.path("code").asText().equals("BAD_REQUEST");
    }
}

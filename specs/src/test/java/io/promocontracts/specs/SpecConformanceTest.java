package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The conformance checker rejects what each {@code not} and {@code oneOf} rule of both specs
 * forbids, in responses and requests, starting each time from a documented example that it accepts.
 */
class SpecConformanceTest {

    private static final String FLEX = "/v1/promo_codes";
    private static final String FLOWGLAD = "/api/v1/discounts";
    private static final String JSON = "application/json";

    static Stream<Arguments> forbiddenResponses() {
        return Stream.of(
                flex("a coupon with neither amount_off nor percent_off", c -> c.putNull("amount_off").putNull("percent_off")),
                flex("a repeating coupon without duration_in_months", c -> c.put("duration", "repeating")),
                flex("a coupon limited to a product id of 256 characters", c -> c.putObject("applies_to").withArray("products")
                        .add("p".repeat(256))),
                flowglad("documented", "a once discount with numberOfPayments", d -> d.put("numberOfPayments", 3)),
                flowglad("forever", "a forever discount with numberOfPayments", d -> d.put("numberOfPayments", 1)),
                flowglad("numberOfPayments", "a number_of_payments discount without numberOfPayments", d -> d.putNull("numberOfPayments")),
                flowglad("numberOfPayments", "an unknown duration", d -> d.put("duration", "weekly")),
                flowglad("forever", "a lower-case stored code", d -> d.put("code", "partner15")));
    }

    @ParameterizedTest
    @MethodSource("forbiddenResponses")
    void forbiddenResponseIsRejected(ApiSpec spec, String path, JsonNode body) {
        assertThat(SpecConformance.of(spec).responseViolations("POST", path, 200, JSON, body)).isNotEmpty();
    }

    @Test
    void documentedResponsesAreAccepted() {
        SpecConformance flex = SpecConformance.of(ApiSpec.named("flex"));
        SpecConformance flowglad = SpecConformance.of(ApiSpec.named("flowglad"));
        assertThat(flex.responseViolations("POST", FLEX, 200, JSON, ApiSpec.named("flex").responseExample("createPromoCode", 200, "documented"))).isEmpty();
        for (String example : new String[] {"documented", "numberOfPayments", "forever"}) {
            assertThat(flowglad.responseViolations("POST", FLOWGLAD, 200, JSON,
                    ApiSpec.named("flowglad").responseExample("createDiscount", 200, example))).as(example).isEmpty();
        }
    }

    @Test
    void requestGivenAMemberOfAnotherVariantIsRejected() {
        ObjectNode forever = (ObjectNode) ApiSpec.named("flowglad").requestExample("createDiscount", "forever");
        SpecConformance flowglad = SpecConformance.of(ApiSpec.named("flowglad"));
        assertThat(flowglad.requestViolations("POST", FLOWGLAD, JSON, forever)).isEmpty();
        ((ObjectNode) forever.get("discount")).put("numberOfPayments", 3);
        assertThat(flowglad.requestViolations("POST", FLOWGLAD, JSON, forever)).isNotEmpty();
    }

    @Test
    void undocumentedStatusPathAndMethodAreRejected() {
        SpecConformance flex = SpecConformance.of(ApiSpec.named("flex"));
        JsonNode ok = ApiSpec.named("flex").responseExample("createPromoCode", 200, "documented");
        assertThat(flex.responseViolations("POST", FLEX, 201, JSON, ok)).singleElement().asString().contains("documents no 201");
        assertThat(flex.responseViolations("POST", FLEX, 200, "text/plain", ok)).isNotEmpty();
        assertThat(flex.requestViolations("POST", "/v1/gift_cards", JSON, ok)).singleElement().asString().contains("no such path");
        assertThat(flex.requestViolations("GET", "/v1/promo_codes?limit=101", null, null)).singleElement().asString().contains("limit");
        assertThat(flex.requestViolations("GET", "/v1/promo_codes?active=maybe", null, null)).singleElement().asString().contains("active");
        assertThat(flex.requestViolations("GET", "/v1/promo_codes/fpromo_x", null, null)).singleElement().asString().contains("id");
        assertThat(flex.requestViolations("GET", "/v1/promo_codes?active=true&limit=100", null, null)).isEmpty();
        assertThat(flex.requestViolations("PATCH", FLEX, JSON, ok)).singleElement().asString().contains("allows only [GET, POST]");
    }

    /**
     * JSON Schema's {@code pattern} is an ECMA-262 regular expression, whose {@code $} ends the
     * string: a code or an id followed by a line break (which Java's {@code $} lets through) is refused,
     * in a body and in a query parameter alike.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\u0085", "\u2028"})
    void aPatternRefusesAValueFollowedByALineBreak(String lineBreak) {
        SpecConformance flex = SpecConformance.of(ApiSpec.named("flex"));
        ObjectNode create = (ObjectNode) ApiSpec.named("flex").requestExample("createPromoCode", "documented");
        assertThat(flex.requestViolations("POST", FLEX, JSON, create)).isEmpty();

        ((ObjectNode) create.get("promo_code")).put("code", create.at("/promo_code/code").asText() + lineBreak);
        String startingAfter = URLEncoder.encode("fpromo_01jvajb0gcvgxn5d42cqjjmf41" + lineBreak, StandardCharsets.UTF_8);

        assertThat(flex.requestViolations("POST", FLEX, JSON, create)).singleElement().asString().contains("/promo_code/code");
        assertThat(flex.requestViolations("GET", FLEX + "?starting_after=" + startingAfter, null, null)).singleElement().asString()
                .contains("starting_after");
    }

    private static Arguments flex(String name, Consumer<ObjectNode> breakCoupon) {
        JsonNode body = ApiSpec.named("flex").responseExample("createPromoCode", 200, "documented");
        breakCoupon.accept((ObjectNode) body.at("/promo_code/coupon"));
        return argumentSet("Flex: " + name, ApiSpec.named("flex"), FLEX, body);
    }

    private static Arguments flowglad(String example, String name, Consumer<ObjectNode> breakDiscount) {
        JsonNode body = ApiSpec.named("flowglad").responseExample("createDiscount", 200, example);
        breakDiscount.accept((ObjectNode) body.get("discount"));
        return argumentSet("Flowglad: " + name, ApiSpec.named("flowglad"), FLOWGLAD, body);
    }

    @Test
    void aResponseWithoutABodyIsDocumentedByItsStatusAlone() {
        SpecConformance spec = SpecConformance.ofText("""
                openapi: 3.1.0
                info: {title: Deletes, version: 1.0.0}
                paths:
                  /things/{id}:
                    delete:
                      operationId: deleteThing
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string, pattern: '^t_[a-z]+$'}}
                      responses:
                        '204': {description: Deleted.}
                """);

        assertThat(spec.responseViolations("DELETE", "/things/t_one", 204, null, null)).isEmpty();
        assertThat(spec.responseViolations("DELETE", "/things/t_one", 200, null, null)).isNotEmpty();
        assertThat(spec.requestViolations("DELETE", "/things/T1", null, null)).singleElement().asString().contains("id");
    }
}

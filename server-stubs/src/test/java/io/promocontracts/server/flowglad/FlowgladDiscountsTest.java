package io.promocontracts.server.flowglad;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.server.flex.FlexPromoCodesTest;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_ACME_LIVE;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_ACME_TEST;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_GLOBEX;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_GLOBEX_TEST;
import static io.promocontracts.server.flex.FlexPromoCodesTest.toJackson3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating a discount over HTTP: each documented variant makes the documented discount, and each
 * refusal is answered in Flowglad's shape. The rules behind the refusals are DiscountServiceTest's.
 */
public class FlowgladDiscountsTest extends ApiIntegrationTest {

    private static final String OPERATION = "createDiscount";

    @ParameterizedTest
    @CsvSource({"documented, true", "numberOfPayments, false", "forever, false"})
    void eachDocumentedVariantCreatesTheDocumentedDiscount(String example, boolean live) {
        String key = live ? FLOWGLAD_ACME_LIVE : FLOWGLAD_ACME_TEST;
        JsonNode documented = toJackson3(ApiSpec.named("flowglad").responseExample(OPERATION, 200, example)).get("discount");

        ApiClient.Reply reply = api.createDiscount(key, toJackson3(ApiSpec.named("flowglad").requestExample(OPERATION, example)));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode discount = reply.json().get("discount");
        for (String field : new String[] {"livemode", "organizationId", "name", "code", "amount", "amountType", "active",
                "duration", "numberOfPayments"}) {
            assertThat(discount.get(field)).as(field).isEqualTo(documented.get(field));
        }
        assertThat(discount.get("id").asString()).matches("discount_[0-9A-Za-z]{21}");
        assertThat(Instant.parse(discount.get("createdAt").asString())).isEqualTo(Instant.parse(discount.get("updatedAt").asString()));
    }

    @Test
    void activeDefaultsToTrueAndBearerIsAccepted() {
        ObjectNode body = discount("forever", uniqueCode());
        ((ObjectNode) body.get("discount")).remove("active");

        ApiClient.Reply reply = api.send("POST", "/api/v1/discounts", "Bearer " + FLOWGLAD_ACME_TEST, "application/json",
                ApiClient.json(body));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/discount/active").asBoolean()).isTrue();
    }

    /** The rule is DiscountServiceTest's; here, its answer: 409 {@code CONFLICT}, nothing stored. */
    @Test
    void aTakenCodeIsAConflict() {
        String code = "sale-" + uniqueCode().toLowerCase();
        assertThat(api.createDiscount(FLOWGLAD_ACME_TEST, discount("once", code)).status()).isEqualTo(200);
        long stored = storedRows();

        ApiClient.Reply duplicate = api.createDiscount(FLOWGLAD_ACME_TEST, discount("forever", code.toUpperCase()));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asString()).isEqualTo("CONFLICT");
        assertThat(storedRows()).isEqualTo(stored);
    }

    /** The rule is DiscountServiceTest's; here, its answer: an issue at the code, and the code as stored. */
    @ParameterizedTest
    @CsvSource({"straße, STRASSE, 200", "ab, , 400"})
    void codeLengthIsCheckedAfterUpperCasing(String code, String stored, int status) {
        ObjectNode body = discount("once", uniqueCode());
        ((ObjectNode) body.get("discount")).put("code", code + (status == 200 ? uniqueCode().substring(0, 4) : ""));

        ApiClient.Reply reply = api.createDiscount(FLOWGLAD_GLOBEX_TEST, body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        if (status == 200) {
            assertThat(reply.json().at("/discount/code").asString()).startsWith(stored);
        } else {
            assertThat(reply.json().at("/issues/0/path/1").asString()).isEqualTo("code");
        }
    }

    /** The rule is DiscountServiceTest's; here, its answer: 403 {@code FORBIDDEN} naming the member, nothing stored. */
    @Test
    void aBodyNamingAnotherOrganizationIsForbidden() {
        long stored = storedRows();
        ObjectNode otherOrganization = discount("once", uniqueCode());
        ((ObjectNode) otherOrganization.get("discount")).put("organizationId", FLOWGLAD_GLOBEX);

        assertForbidden(api.createDiscount(FLOWGLAD_ACME_TEST, otherOrganization), "organizationId");
        assertThat(storedRows()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"duration\":\"once\",\"numberOfPayments\":3}", "{\"duration\":\"forever\",\"numberOfPayments\":1}",
            "{\"duration\":\"number_of_payments\"}", "{\"duration\":\"number_of_payments\",\"numberOfPayments\":null}",
            "{\"duration\":\"number_of_payments\",\"numberOfPayments\":0}", "{\"duration\":\"weekly\"}",
            "{\"duration\":\"once\",\"numberOfPayments\":\"null\"}"})
    void numberOfPaymentsFollowsTheDuration(String variant) {
        ObjectNode body = discount("once", uniqueCode());
        ((ObjectNode) body.get("discount")).remove("numberOfPayments");
        ((ObjectNode) body.get("discount")).setAll((ObjectNode) ApiClient.JSON.readTree(variant));
        long stored = storedRows();

        ApiClient.Reply reply = api.createDiscount(FLOWGLAD_ACME_TEST, body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("BAD_REQUEST");
        assertThat(reply.json().get("issues")).isNotEmpty();
        assertThat(storedRows()).isEqualTo(stored);
    }

    @Test
    void unknownOrMissingKeysAreRejected() {
        String body = ApiClient.json(discount("once", uniqueCode()));

        for (String authorization : new String[] {null, "", "sk_test_unknown", "sk_live_", DemoKeys.FLEX_ACME_TEST,
                "Bearer " + DemoKeys.FLEX_ACME_TEST, "Token " + FLOWGLAD_ACME_TEST}) {
            ApiClient.Reply reply = api.send("POST", "/api/v1/discounts", authorization, "application/json", body);
            assertThat(reply.status()).as("Authorization: %s", authorization).isEqualTo(401);
            assertThat(reply.json().get("code").asString()).isEqualTo("UNAUTHORIZED");
        }
    }

    /** A code no other test uses, within Flowglad's 20 characters. */
    @Test
    void lengthsCountCodePointsAsTheSpecDoes() {
        String emoji = "\uD83D\uDE00";
        ObjectNode body = discount("once", emoji.repeat(20));
        ((ObjectNode) body.get("discount")).put("name", emoji.repeat(255));

        ApiClient.Reply reply = api.createDiscount(FLOWGLAD_ACME_TEST, body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode stored = api.get("/api/v1/discounts/" + reply.json().at("/discount/id").asString(), FLOWGLAD_ACME_TEST).json();
        assertThat(stored.at("/discount/name").asString()).isEqualTo(emoji.repeat(255));
        assertThat(stored.at("/discount/code").asString()).isEqualTo(emoji.repeat(20));
    }

    public static String uniqueCode() {
        return FlexPromoCodesTest.uniqueCode().substring(0, 12);
    }

    /** The documented "numberOfPayments" example with another duration and code. */
    public static ObjectNode discount(String duration, String code) {
        ObjectNode body = (ObjectNode) toJackson3(ApiSpec.named("flowglad").requestExample(OPERATION, "numberOfPayments"));
        ObjectNode discount = (ObjectNode) body.get("discount");
        discount.put("duration", duration).put("code", code);
        if (!duration.equals("number_of_payments")) {
            discount.putNull("numberOfPayments");
        }
        return body;
    }

    private static void assertForbidden(ApiClient.Reply reply, String mentioned) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(403);
        assertThat(reply.json().get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(reply.json().get("message").asString()).contains(mentioned);
    }
}

package io.promocontracts.server.flowglad;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_ACME_LIVE;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_ACME_TEST;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_GLOBEX_TEST;
import static io.promocontracts.server.flex.FlexPromoCodesTest.toJackson3;
import static io.promocontracts.server.flowglad.FlowgladDiscountsTest.discount;
import static io.promocontracts.server.flowglad.FlowgladDiscountsTest.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Updating a discount: the variant sent replaces it, its creation time stays, its code stays unique. */
public class FlowgladDiscountUpdatesTest extends ApiIntegrationTest {

    @Test
    void theDocumentedUpdateReplacesTheVariantAndMovesOnlyUpdatedAt() throws InterruptedException {
        JsonNode created = create("forever", uniqueCode());
        ObjectNode change = documentedChange(created, uniqueCode());
        Thread.sleep(2);

        ApiClient.Reply reply = api.updateDiscount(FLOWGLAD_ACME_TEST, id(created), change);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode updated = reply.json().get("discount");
        JsonNode sent = change.get("discount");
        assertThat(updated.get("duration")).isEqualTo(sent.get("duration"));
        assertThat(updated.get("numberOfPayments")).isEqualTo(sent.get("numberOfPayments"));
        assertThat(updated.get("name")).isEqualTo(sent.get("name"));
        assertThat(updated.get("code").asString()).isEqualTo(sent.get("code").asString().toUpperCase());
        assertThat(updated.get("createdAt")).isEqualTo(created.get("createdAt"));
        assertThat(updated.get("updatedAt").asString()).isGreaterThan(created.get("updatedAt").asString());
        assertThat(read(id(created))).isEqualTo(updated);
    }

    @Test
    void nameAndActiveLeftOutKeepTheirValue() {
        JsonNode created = create("once", uniqueCode());
        ObjectNode change = documentedChange(created, created.get("code").asString());
        ((ObjectNode) change.get("discount")).remove(List.of("name", "active"));

        ApiClient.Reply reply = api.updateDiscount(FLOWGLAD_ACME_TEST, id(created), change);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().at("/discount/name")).isEqualTo(created.get("name"));
        assertThat(reply.json().at("/discount/active")).isEqualTo(created.get("active"));
    }

    @Test
    void aCodeAnotherDiscountHoldsIsAConflictAndNothingIsWritten() {
        JsonNode taken = create("once", uniqueCode());
        JsonNode created = create("once", uniqueCode());

        ApiClient.Reply reply = api.updateDiscount(FLOWGLAD_ACME_TEST, id(created),
                documentedChange(created, taken.get("code").asString().toLowerCase()));

        assertThat(reply.status()).as(reply.text()).isEqualTo(409);
        assertThat(reply.json().get("code").asString()).isEqualTo("CONFLICT");
        assertThat(read(id(created))).isEqualTo(created);
    }

    @Test
    void anIdOtherThanThePathsIsRefused() {
        JsonNode created = create("once", uniqueCode());
        JsonNode other = create("once", uniqueCode());
        ObjectNode change = documentedChange(created, uniqueCode());
        ((ObjectNode) change.get("discount")).put("id", id(other));

        ApiClient.Reply reply = api.updateDiscount(FLOWGLAD_ACME_TEST, id(created), change);

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().at("/issues/0/path")).hasToString("[\"discount\",\"id\"]");
        assertThat(read(id(created))).isEqualTo(created);
        assertThat(read(id(other))).isEqualTo(other);
    }

    @Test
    void anotherOrganizationOrModeCannotUpdateIt() {
        JsonNode created = create("once", uniqueCode());

        for (String other : List.of(FLOWGLAD_GLOBEX_TEST, FLOWGLAD_ACME_LIVE)) {
            ApiClient.Reply reply = api.updateDiscount(other, id(created), documentedChange(created, uniqueCode()));
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().get("code").asString()).isEqualTo("NOT_FOUND");
        }
        assertThat(read(id(created))).isEqualTo(created);
    }

    /** The documented update, aimed at this discount and with this code. */
    public static ObjectNode documentedChange(JsonNode discount, String code) {
        ObjectNode change = (ObjectNode) toJackson3(ApiSpec.named("flowglad").requestExample("updateDiscount", "toNumberOfPayments"));
        ((ObjectNode) change.get("discount")).put("id", id(discount)).put("code", code);
        return change;
    }

    private JsonNode create(String duration, String code) {
        ApiClient.Reply reply = api.createDiscount(FLOWGLAD_ACME_TEST, discount(duration, code));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("discount");
    }

    /** The discount as a get answers it, without the redemption count an update's answer does not carry. */
    private JsonNode read(String id) {
        ObjectNode discount = (ObjectNode) api.get("/api/v1/discounts/" + id, FLOWGLAD_ACME_TEST).json().get("discount");
        discount.remove("redemptionCount");
        return discount;
    }

    private static String id(JsonNode discount) {
        return discount.get("id").asString();
    }
}

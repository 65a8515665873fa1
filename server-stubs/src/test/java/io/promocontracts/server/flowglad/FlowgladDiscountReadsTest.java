package io.promocontracts.server.flowglad;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.testkit.DemoKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_ACME_LIVE;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_ACME_TEST;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_GLOBEX_TEST;
import static io.promocontracts.server.flowglad.FlowgladDiscountsTest.discount;
import static io.promocontracts.server.flowglad.FlowgladDiscountsTest.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Getting and listing discounts: the organization's own, nobody else's, in stable pages. */
class FlowgladDiscountReadsTest extends ApiIntegrationTest {

    private static final String DISCOUNTS = "/api/v1/discounts";

    @Test
    void theOwnerGetsWhatWasCreatedAndNobodyElseDoes() {
        JsonNode created = create(FLOWGLAD_ACME_TEST).get("discount");
        String id = created.get("id").asString();

        ApiClient.Reply got = api.get(DISCOUNTS + "/" + id, FLOWGLAD_ACME_TEST);
        assertThat(got.status()).isEqualTo(200);
        ObjectNode withoutCount = (ObjectNode) got.json().get("discount").deepCopy();
        assertThat(withoutCount.remove("redemptionCount").asInt()).as("a get carries the redemption count").isZero();
        assertThat(withoutCount).isEqualTo(created);

        for (String other : List.of(FLOWGLAD_GLOBEX_TEST, FLOWGLAD_ACME_LIVE)) {
            ApiClient.Reply missing = api.get(DISCOUNTS + "/" + id, other);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asString()).isEqualTo("NOT_FOUND");
        }
        assertThat(api.get(DISCOUNTS + "/discount_Zz9Yy8Xx7Ww6Vv5Uu4Tt3", FLOWGLAD_ACME_TEST).status()).isEqualTo(404);
    }

    @Test
    void theOwnerListsWhatWasCreatedWithItsRedemptionCountAndNobodyElseDoes() {
        JsonNode created = create(FLOWGLAD_ACME_TEST).get("discount");

        List<JsonNode> listed = all(FLOWGLAD_ACME_TEST);
        JsonNode item = find(listed, created.get("id").asString());
        assertThat(item).isNotNull();
        ObjectNode withoutCount = ((ObjectNode) item.deepCopy());
        assertThat(withoutCount.remove("redemptionCount").asInt()).isZero();
        assertThat(withoutCount).isEqualTo(created);
        assertThat(page(DISCOUNTS + "?limit=1", FLOWGLAD_ACME_TEST).get("total").asInt()).isEqualTo(listed.size());
        assertThat(find(all(FLOWGLAD_GLOBEX_TEST), created.get("id").asString())).isNull();
        assertThat(find(all(FLOWGLAD_ACME_LIVE), created.get("id").asString())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"discount_short", "discount_Zz9Yy8Xx7Ww6Vv5Uu4Tt!", "x", "DISCOUNT_Vb7Hk2Lq9ZsX4cNw8RtY1"})
    void anIdThatIsNoDiscountIdIsNotFoundAsFlowgladAnswersIt(String id) {
        ApiClient.Reply reply = api.get(DISCOUNTS + "/" + id, FLOWGLAD_ACME_TEST);

        assertThat(reply.status()).as(reply.text()).isEqualTo(404);
        assertThat(reply.json().get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?limit=0", "?limit=101", "?limit=ten", "?cursor=bm90LWEtY3Vyc29y", "?cursor=a+b"})
    void malformedQueriesAreRefused(String rest) {
        ApiClient.Reply reply = api.get(DISCOUNTS + rest, FLOWGLAD_ACME_TEST);

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void pagingWhileCreatingNeitherSkipsNorRepeats() {
        String key = "sk_test_paging_" + uniqueCode().toLowerCase();
        String organization = "org_" + (uniqueCode() + uniqueCode()).substring(0, 21);
        data.flowgladOrganization(organization, key, false);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(create(key).get("discount").get("id").asString());
        }
        List<String> existing = ids(page(DISCOUNTS + "?limit=100", key).get("data"));
        assertThat(existing).as("oldest first, as Flowglad lists").isEqualTo(created);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            create(key);
            JsonNode page = page(DISCOUNTS + "?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), key);
            paged.addAll(ids(page.get("data")));
            more = page.get("hasMore").asBoolean();
            cursor = more ? page.get("nextCursor").asString() : null;
        }

        assertThat(paged).doesNotHaveDuplicates();
        assertThat(paged.subList(0, existing.size())).as("what existed first, what was created while paging after it").isEqualTo(existing);
    }

    private JsonNode create(String key) {
        ApiClient.Reply reply = api.createDiscount(key, discount("forever", uniqueCode()));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode page(String path, String key) {
        ApiClient.Reply reply = api.get(path, key);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    /** Every discount the key lists, page after page. */
    private List<JsonNode> all(String key) {
        List<JsonNode> discounts = new ArrayList<>();
        String cursor = null;
        JsonNode page;
        do {
            page = page(DISCOUNTS + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), key);
            page.get("data").forEach(discounts::add);
            cursor = page.path("nextCursor").asString(null);
        } while (page.get("hasMore").asBoolean());
        return discounts;
    }

    private static List<String> ids(Iterable<JsonNode> discounts) {
        List<String> ids = new ArrayList<>();
        discounts.forEach(discount -> ids.add(discount.get("id").asString()));
        return ids;
    }

    private static JsonNode find(List<JsonNode> discounts, String id) {
        for (JsonNode discount : discounts) {
            if (discount.get("id").asString().equals(id)) {
                return discount;
            }
        }
        return null;
    }
}

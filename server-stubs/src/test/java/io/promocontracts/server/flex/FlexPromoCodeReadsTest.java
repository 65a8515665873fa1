package io.promocontracts.server.flex;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.testkit.DemoKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_LIVE;
import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_TEST;
import static io.promocontracts.testkit.DemoKeys.FLEX_GLOBEX_TEST;
import static io.promocontracts.server.flex.FlexPromoCodesTest.request;
import static io.promocontracts.server.flex.FlexPromoCodesTest.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Retrieving and listing promo codes: the owner's own, nobody else's, in stable pages. */
class FlexPromoCodeReadsTest extends ApiIntegrationTest {

    private static final String PROMO_CODES = "/v1/promo_codes";

    @Test
    void theOwnerRetrievesWhatWasCreatedAndNobodyElseDoes() {
        JsonNode created = create(FLEX_ACME_TEST).get("promo_code");
        String id = created.get("promo_code_id").asString();

        ApiClient.Reply retrieved = api.get(PROMO_CODES + "/" + id, FLEX_ACME_TEST);
        assertThat(retrieved.status()).isEqualTo(200);
        assertThat(retrieved.json().get("promo_code")).isEqualTo(created);
        assertThat(api.get(PROMO_CODES + "/fpromo_" + id.substring("fpromo_".length()).toUpperCase(), FLEX_ACME_TEST).json().get("promo_code")).isEqualTo(created);

        ApiClient.Reply otherAccount = api.get(PROMO_CODES + "/" + id, FLEX_GLOBEX_TEST);
        ApiClient.Reply otherMode = api.get(PROMO_CODES + "/" + id, FLEX_ACME_LIVE);
        ApiClient.Reply noSuchId = api.get(PROMO_CODES + "/fpromo_01jvajb0gcvgxn5d42cqjjmf49", FLEX_ACME_TEST);
        for (ApiClient.Reply missing : List.of(otherAccount, otherMode, noSuchId)) {
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().at("/error/code").asString()).isEqualTo("resource_missing");
        }
    }

    @Test
    void theOwnerListsWhatWasCreatedAndNobodyElseDoes() {
        String id = create(FLEX_ACME_TEST).at("/promo_code/promo_code_id").asString();

        assertThat(ids(PROMO_CODES + "?active=true", FLEX_ACME_TEST)).contains(id);
        assertThat(ids(PROMO_CODES + "?active=false", FLEX_ACME_TEST)).doesNotContain(id);
        assertThat(ids(PROMO_CODES, FLEX_GLOBEX_TEST)).doesNotContain(id);
        assertThat(ids(PROMO_CODES, FLEX_ACME_LIVE)).doesNotContain(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fpromo_123", "/fpromo_01jvajb0gcvgxn5d42cqjjmf4!", "?limit=0", "?limit=101", "?limit=ten",
            "?active=maybe", "?starting_after=promo_1"})
    void malformedIdsAndQueriesAreRefused(String rest) {
        ApiClient.Reply reply = api.get(PROMO_CODES + rest, FLEX_ACME_TEST);

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asString()).isEqualTo("invalid_request");
    }

    @Test
    void pagingWhileCreatingNeitherSkipsNorRepeats() {
        String key = "fsk_test_paging_" + uniqueCode().toLowerCase();
        String account = "acct_paging_" + uniqueCode().toLowerCase();
        data.flexAccount(account, key, false);
        JsonNode coupon = FlexPromoCodesTest.toJackson3(io.promocontracts.specs.ApiSpec.named("flex")
                .responseExample("createPromoCode", 200, "minimal").at("/promo_code/coupon"));
        data.flexCoupon(account, toJackson2(coupon));
        for (int i = 0; i < 7; i++) {
            create(key);
        }
        List<String> existing = ids(PROMO_CODES, key);

        List<String> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            create(key);
            JsonNode page = api.get(PROMO_CODES + "?limit=3" + (after == null ? "" : "&starting_after=" + after), key).json();
            page.get("promo_codes").forEach(promoCode -> paged.add(promoCode.get("promo_code_id").asString()));
            after = paged.get(paged.size() - 1);
            more = page.get("has_more").asBoolean();
        }

        assertThat(paged).doesNotHaveDuplicates();
        assertThat(paged.stream().filter(existing::contains).toList()).isEqualTo(existing);
    }

    private JsonNode create(String key) {
        ApiClient.Reply reply = api.createPromoCode(key, request("fcoup_1234567890", uniqueCode()));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    private List<String> ids(String path, String key) {
        ApiClient.Reply reply = api.get(path, key);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().get("promo_codes").forEach(promoCode -> ids.add(promoCode.get("promo_code_id").asString()));
        return ids;
    }

    static com.fasterxml.jackson.databind.JsonNode toJackson2(JsonNode node) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(node.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

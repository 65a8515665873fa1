package io.promocontracts.server.flex;

import org.junit.jupiter.api.Tag;
import io.promocontracts.server.ServiceTest;
import io.promocontracts.server.ApiIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

import static io.promocontracts.server.storage.QueryPlans.assertReadsInOrder;
import static io.promocontracts.testkit.DemoKeys.FLEX_ACME;

/**
 * Every list page, and the sizes read before it, is read from a page index in order, so its cost does
 * not grow with the account's promo codes.
 */
@Tag(ServiceTest.ON_POSTGRESQL)
class PromoCodeListPlanTest extends ApiIntegrationTest {

    @Autowired
    DataSource dataSource;

    @ParameterizedTest(name = "filtered by active: {0}, before an id: {1}")
    @CsvSource({"false, false", "false, true", "true, false", "true, true"})
    void everyPageIsReadInIndexOrder(boolean byActive, boolean beforeAnId) throws Exception {
        Map<String, Object> params = new HashMap<>(Map.of("account", FLEX_ACME, "testMode", true, "limit", 10));
        if (byActive) {
            params.put("active", true);
        }
        if (beforeAnId) {
            params.put("before", "promo_01jq8z6m3k2v9x4t7b5n1c0d8e");
        }
        String index = byActive ? "flex_promo_code_active_page" : "flex_promo_code_page";
        assertReadsInOrder(dataSource, index, PromoCodeRepository.listSql(byActive, beforeAnId), params);
        assertReadsInOrder(dataSource, index, PromoCodeRepository.variableBytesSql(byActive, beforeAnId), params);
    }
}

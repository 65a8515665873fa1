package io.promocontracts.server.flex;

import org.junit.jupiter.api.Tag;
import io.promocontracts.server.ServiceTest;
import io.promocontracts.server.ApiIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

import static io.promocontracts.server.storage.QueryPlans.assertReadsInOrder;
import static io.promocontracts.testkit.DemoKeys.FLEX_ACME;

/**
 * Every coupon page, and the sizes read before it, is read in order from an index (the primary key,
 * account, mode and id, serves the newest-first order): its cost does not grow with the account's coupons.
 */
@Tag(ServiceTest.ON_POSTGRESQL)
class CouponListPlanTest extends ApiIntegrationTest {

    @Autowired
    DataSource dataSource;

    @ParameterizedTest(name = "before an id: {0}")
    @ValueSource(booleans = {false, true})
    void everyPageIsReadInIndexOrder(boolean beforeAnId) throws Exception {
        Map<String, Object> params = new HashMap<>(Map.of("account", FLEX_ACME, "testMode", true, "limit", 10));
        if (beforeAnId) {
            params.put("before", "fcoup_01jq8z6m3k2v9x4t7b5n1c0d8e");
        }
        assertReadsInOrder(dataSource, null, CouponRepository.listSql(beforeAnId), params);
        assertReadsInOrder(dataSource, null, CouponRepository.variableBytesSql(beforeAnId), params);
    }
}

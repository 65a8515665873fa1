package io.promocontracts.server.flowglad;

import org.junit.jupiter.api.Tag;
import io.promocontracts.server.ServiceTest;
import io.promocontracts.server.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.Map;

import static io.promocontracts.server.storage.QueryPlans.assertReadsInOrder;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_ACME;

/** Every list page is read from flowglad_discount_page in order, so its cost does not grow with the organization's discounts. */
@Tag(ServiceTest.ON_POSTGRESQL)
class DiscountListPlanTest extends ApiIntegrationTest {

    private static final String PAGE_INDEX = "flowglad_discount_page";

    @Autowired
    DataSource dataSource;

    @Test
    void theFirstPageIsReadInIndexOrder() throws Exception {
        assertReadsInOrder(dataSource, PAGE_INDEX, DiscountRepository.FIRST_PAGE,
                Map.of("organization", FLOWGLAD_ACME, "livemode", false, "limit", 10));
    }

    @Test
    void aPageAfterAPositionIsReadInIndexOrder() throws Exception {
        assertReadsInOrder(dataSource, PAGE_INDEX, DiscountRepository.NEXT_PAGE,
                Map.of("organization", FLOWGLAD_ACME, "livemode", false, "limit", 10,
                        "createdAt", OffsetDateTime.parse("2026-01-01T00:00:00Z"), "id", "discount_Zz9Yy8Xx7Ww6Vv5Uu4Tt3"));
    }
}

package io.promocontracts.server;

import io.promocontracts.server.flex.PromoCodeRepository;
import io.promocontracts.server.flowglad.DiscountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on a random port over its real database; tests talk to it over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PromoCodeRepository promoCodes;

    @Autowired
    DiscountRepository discounts;

    ApiClient api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** The number of promo codes and discounts of the demo tenants, in both modes. */
    int storedRows() {
        return promoCodes.count(DemoKeys.FLEX_ACME, true) + promoCodes.count(DemoKeys.FLEX_ACME, false)
                + discounts.count(DemoKeys.FLOWGLAD_ACME, true) + discounts.count(DemoKeys.FLOWGLAD_ACME, false);
    }
}

package io.promocontracts.server;

import io.promocontracts.testkit.TestDatabase;
import io.promocontracts.testkit.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over its real database; tests talk to it over HTTP. Every
 * test class shares it and the one client address, so requests without a known key are not limited
 * here (that limit is ApiKeysTest's and AbuseIT's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "promo.limits.unauthenticated.burst=1000000")
public abstract class ApiIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected ApiClient api;
    protected TestData data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        data = new TestData(jdbc);
    }

    /** The number of promo codes and discounts stored. */
    protected long storedRows() {
        return data.storedObjects();
    }
}

package io.promocontracts.server;

import io.promocontracts.testkit.TestData;
import io.promocontracts.testkit.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The services with their repositories, the durable transaction manager and the migrations, over
 * the real database under test, without HTTP or the web layer: the rules a schema cannot state,
 * tested where they live, called as a controller calls them. Tagged to run on PostgreSQL as well.
 */
@SpringBootTest(classes = ServiceTest.Services.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Tag(ServiceTest.ON_POSTGRESQL)
public abstract class ServiceTest {

    /** The tag of the test classes the build runs again on PostgreSQL: what depends on the database. */
    public static final String ON_POSTGRESQL = "postgresql";

    @Autowired
    protected JdbcClient jdbc;

    protected TestData data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void testData() {
        data = new TestData(jdbc);
    }

    /**
     * Everything of the application but what serves HTTP: its controllers and its request pipeline.
     * A test configuration, so that the application's own scan and the tests that look for the
     * application's configuration pass it by.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = PromoContractsApplication.class, excludeFilters = {
            @ComponentScan.Filter(RestController.class),
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {WebMvcConfigurer.class, PromoContractsApplication.class}),
            @ComponentScan.Filter(type = FilterType.REGEX,
                    pattern = "io\\.promocontracts\\.server\\.(pipeline|container|errors|operations|json)\\..*")})
    static class Services {
    }
}

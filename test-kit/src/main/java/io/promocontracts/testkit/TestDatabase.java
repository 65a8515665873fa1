package io.promocontracts.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The database under test: a fresh in-memory H2 by default, or, when the build's second test run
 * sets {@code promo.test.database=postgresql} (or a test runs on PostgreSQL only), a real PostgreSQL
 * started from Maven Central's binaries. Both get the application's own Flyway migrations.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** The settings of a fresh in-memory H2, as the embedded default's: PostgreSQL mode, lower-case names. */
    private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    /** A {@code @SpringBootTest} property for a fresh in-memory H2 of the test's own. */
    public static final String FRESH_H2 = "spring.datasource.url=jdbc:h2:mem:${random.uuid}" + H2_SETTINGS;

    /** The JDBC URL of a fresh in-memory H2, for an application started by hand. */
    public static String freshH2Url() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + H2_SETTINGS;
    }

    public static boolean isPostgresql() {
        return "postgresql".equals(System.getProperty("promo.test.database"));
    }

    /** The database under test, as {@code promo.test.database} says. */
    public static void register(DynamicPropertyRegistry registry) {
        if (isPostgresql()) {
            registerPostgresql(registry);
        } else {
            registry.add("spring.datasource.url", TestDatabase::freshH2Url);
        }
    }

    /** The embedded PostgreSQL, whatever {@code promo.test.database} says: for a test that runs on PostgreSQL only. */
    public static void registerPostgresql(DynamicPropertyRegistry registry) {
        EmbeddedPostgres server = postgres();
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                // The builder turns synchronous_commit off for speed; the application refuses that.
                postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return postgres;
    }
}

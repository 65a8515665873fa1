package io.promocontracts.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The database under test: a fresh in-memory H2 by default, or, when the build's second test run
 * sets {@code promo.test.database=postgresql}, a real PostgreSQL started from Maven Central's
 * binaries. Both get the application's own Flyway migrations.
 */
final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    static boolean isPostgresql() {
        return "postgresql".equals(System.getProperty("promo.test.database"));
    }

    static void register(DynamicPropertyRegistry registry) {
        if (isPostgresql()) {
            EmbeddedPostgres server = postgres();
            registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
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

package io.promocontracts.server.storage;

import io.promocontracts.testkit.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The start migrates a database with a migration not yet applied, and leaves a current one alone. */
class MigrateUnlessCurrentTest {

    private final DataSource database = DataSourceBuilder.create().url(TestDatabase.freshH2Url()).username("sa").build();
    private final MigrateUnlessCurrent strategy = new MigrateUnlessCurrent();

    @Test
    void aDatabaseMadeByAnEarlierReleaseGetsTheMigrationsItLacks() {
        flyway(MigrationVersion.fromVersion("7")).migrate();

        strategy.migrate(flyway(MigrationVersion.LATEST));

        assertThat(applied()).as("migrations applied").isEqualTo(flyway(MigrationVersion.LATEST).info().all().length);
        assertThat(flyway(MigrationVersion.LATEST).info().pending()).isEmpty();
    }

    @Test
    void aCurrentDatabaseIsLeftAloneWithoutFlywaysChecks() {
        strategy.migrate(flyway(MigrationVersion.LATEST));
        // Flyway's own migrate would refuse this history (checksums no longer match the files); a skipped one never reads it.
        JdbcClient.create(database).sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = 0").update();

        assertThatCode(() -> strategy.migrate(flyway(MigrationVersion.LATEST))).doesNotThrowAnyException();
    }

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/demo").outOfOrder(true)
                .target(target).load();
    }

    private int applied() {
        return JdbcClient.create(database).sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL").query(Integer.class).single();
    }
}

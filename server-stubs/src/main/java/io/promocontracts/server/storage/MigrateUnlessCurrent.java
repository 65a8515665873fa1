package io.promocontracts.server.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migrates the database at start only when a migration is not applied yet. Flyway's own migrate
 * scans, validates every applied migration against its file and looks for pending ones, which on a
 * current database takes a quarter of a second of every start (the crash test restarts the server
 * six times): here the versions of the migrations on the classpath are read from their names, the
 * applied ones from Flyway's history table in one query, and Flyway runs, as before, whenever one is
 * missing or the history cannot be read. What is skipped on a current database is the check that an
 * applied migration's file was not edited since.
 */
@Component
class MigrateUnlessCurrent implements FlywayMigrationStrategy {

    /** A versioned migration's name, SQL or Java: {@code V8__flex_coupon_takes_both_amounts}. */
    private static final Pattern VERSIONED = Pattern.compile("^V([0-9._]+)__.+\\.(sql|class)$");

    @Override
    public void migrate(Flyway flyway) {
        if (!current(flyway.getConfiguration())) {
            flyway.migrate();
        }
    }

    private static boolean current(Configuration configuration) {
        Set<String> available = available(configuration.getLocations());
        if (available.isEmpty()) {
            return false;
        }
        String table = (configuration.getDefaultSchema() == null ? "" : "\"" + configuration.getDefaultSchema() + "\".")
                + "\"" + configuration.getTable() + "\"";
        Set<String> applied = new HashSet<>();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM " + table + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
        return applied.containsAll(available);
    }

    /** The versions of the versioned migrations in the classpath locations; none known for a location of another kind. */
    private static Set<String> available(Location[] locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(MigrateUnlessCurrent.class.getClassLoader());
        Set<String> versions = new HashSet<>();
        for (Location location : locations) {
            if (!location.isClassPath()) {
                return Set.of();
            }
            try {
                for (Resource resource : resolver.getResources("classpath*:" + location.getRootPath() + "/V*__*")) {
                    Matcher versioned = VERSIONED.matcher(String.valueOf(resource.getFilename()));
                    if (versioned.matches()) {
                        versions.add(versioned.group(1).replace('_', '.'));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("listing the migrations in " + location, e);
            }
        }
        return versions;
    }
}

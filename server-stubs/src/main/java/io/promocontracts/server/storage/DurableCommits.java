package io.promocontracts.server.storage;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A 200 on a create promises that the object is stored. This check refuses to start the
 * application on a database that would acknowledge a commit before writing it:
 * <ul>
 * <li>a file-backed H2 with a {@code WRITE_DELAY} above 0 keeps committed changes in memory for
 * that long (500 ms by default), so a killed process loses them. With 0, every commit writes its
 * chunk to the file before the commit returns: the object survives the process being killed.
 * H2 does not force the file to disk on each commit, so a power loss can still lose the last
 * writes the operating system had not flushed.</li>
 * <li>PostgreSQL with {@code synchronous_commit} off acknowledges commits before their write-ahead
 * log is written, so a crash of the database server loses them. (With {@code fsync} off as well,
 * PostgreSQL's durability stops at the operating system, like H2's; the default is on.)</li>
 * </ul>
 * It runs eagerly (also under lazy initialization), before the web server accepts requests.
 */
@Component
@Lazy(false)
public class DurableCommits implements InitializingBean {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public DurableCommits(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        String product;
        String url;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            url = connection.getMetaData().getURL();
        }
        if (product.contains("h2")) {
            checkH2(url);
        } else if (product.contains("postgresql")) {
            checkPostgresql();
        }
    }

    private void checkH2(String url) {
        if (url.startsWith("jdbc:h2:mem:")) {
            return; // nothing outlives the process anyway
        }
        String writeDelay = jdbc.sql("SELECT DISTINCT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'")
                .query(String.class)
                .single();
        if (!"0".equals(writeDelay)) {
            throw new IllegalStateException("The H2 database at " + url + " has WRITE_DELAY=" + writeDelay
                    + ": it would acknowledge creates it has not written yet, and a crash would lose them. "
                    + "Add ;WRITE_DELAY=0 to the JDBC URL.");
        }
    }

    private void checkPostgresql() {
        String synchronousCommit = jdbc.sql("SELECT current_setting('synchronous_commit')").query(String.class).single();
        if ("off".equalsIgnoreCase(synchronousCommit)) {
            throw new IllegalStateException("PostgreSQL runs with synchronous_commit=off: it would acknowledge creates "
                    + "before they are written. Turn synchronous_commit on for this database.");
        }
    }
}

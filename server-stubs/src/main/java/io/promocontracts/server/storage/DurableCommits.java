package io.promocontracts.server.storage;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A 200 on a create promises that the object is stored. What that takes depends on the database:
 * <ul>
 * <li>A file-backed H2 keeps a commit in memory and writes it later (after its {@code WRITE_DELAY},
 * 500 ms by default), so a killed process would lose it. Here each read-write commit is followed
 * by a {@code CHECKPOINT}, which writes every change so far to the file, before the commit
 * returns. Concurrent commits share one checkpoint ({@link GroupCommit}): writing once per commit,
 * as {@code WRITE_DELAY=0} does, rewrites the same index pages for every row and limits throughput.
 * H2 does not force the file to disk, so this survives the process being killed, not a power loss.</li>
 * <li>PostgreSQL writes its write-ahead log before a commit returns unless {@code synchronous_commit}
 * is off; the application refuses to start then. (With {@code fsync} off as well, PostgreSQL's
 * durability stops at the operating system, like H2's; the default is on.)</li>
 * </ul>
 * The checks run eagerly (also under lazy initialization), before the web server accepts requests.
 */
@Component
@Lazy(false)
public class DurableCommits implements InitializingBean {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final GroupCommit groupCommit = new GroupCommit();
    private volatile boolean checkpointAfterCommit;

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
        if (product.contains("h2") && !url.startsWith("jdbc:h2:mem:")) {
            checkH2CanCheckpoint(url);
            checkpointAfterCommit = true;
        } else if (product.contains("postgresql")) {
            checkPostgresql();
        }
    }

    /** Returns once the commit just made on this connection is written where a restart finds it. */
    public void awaitWritten(Connection connection) throws SQLException {
        if (checkpointAfterCommit) {
            groupCommit.awaitWritten(() -> checkpoint(connection));
        }
    }

    private static void checkpoint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    private void checkH2CanCheckpoint(String url) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            checkpoint(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The H2 database at " + url + " refuses CHECKPOINT (" + e.getMessage()
                    + "): without it a create could be acknowledged before it is written. Connect as a user with admin rights.", e);
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

package io.promocontracts.server.storage;

import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.DefaultTransactionStatus;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The application's transaction manager: a read-write transaction's commit returns only once the
 * database has written it (see {@link DurableCommits}), so whatever a service answers after its
 * transaction is stored.
 * Declaring it replaces the transaction manager Spring Boot would configure.
 */
@Component("transactionManager")
public class DurableTransactionManager extends JdbcTransactionManager {

    private final transient DurableCommits durableCommits;

    public DurableTransactionManager(DataSource dataSource, DurableCommits durableCommits) {
        super(dataSource);
        this.durableCommits = durableCommits;
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        if (!status.isReadOnly()) {
            try {
                durableCommits.awaitWritten(((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder().getConnection());
            } catch (SQLException e) {
                throw translateException("writing a commit to the database", e);
            }
        }
    }
}

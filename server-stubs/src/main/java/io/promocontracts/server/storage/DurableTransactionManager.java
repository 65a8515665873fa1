package io.promocontracts.server.storage;

import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The application's transaction manager: a read-write transaction begins only while the disk has
 * room ({@link DiskReserve}), and its commit returns only once the database has written it (see
 * {@link DurableCommits}), so whatever a service answers after its transaction is stored.
 * Declaring it replaces the transaction manager Spring Boot would configure.
 */
@Component("transactionManager")
public class DurableTransactionManager extends JdbcTransactionManager {

    private final transient DurableCommits durableCommits;
    private final transient DiskReserve diskReserve;
    private final transient DatabaseOutage outage;

    public DurableTransactionManager(DataSource dataSource, DurableCommits durableCommits, DiskReserve diskReserve,
                                     DatabaseOutage outage) {
        super(dataSource);
        this.durableCommits = durableCommits;
        this.diskReserve = diskReserve;
        this.outage = outage;
    }

    /** A write does not begin while the disk under the embedded database is short of space. */
    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        if (!definition.isReadOnly()) {
            diskReserve.check();
        }
        super.doBegin(transaction, definition);
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
            // A write that reached the disk ends an outage; a read alone does not (with a full disk, reads still work).
            outage.reachable();
        }
    }
}

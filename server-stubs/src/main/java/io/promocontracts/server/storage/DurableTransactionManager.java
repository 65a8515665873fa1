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
 * {@link DurableCommits}), so whatever a service answers after its transaction is stored; a
 * commit whose outcome the database left unknown says so ({@link CommitOutcomeUnknownException}).
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

    /**
     * A commit that the database failed for want of a connection or a disk may have been stored or
     * not: it is raised as {@link CommitOutcomeUnknownException}, for the caller to find out.
     */
    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            super.doCommit(status);
        } catch (RuntimeException e) {
            throw DatabaseOutage.isOutage(e) ? new CommitOutcomeUnknownException("the commit failed", e) : e;
        }
        if (!status.isReadOnly()) {
            try {
                durableCommits.awaitWritten(((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder().getConnection());
            } catch (SQLException e) {
                throw new CommitOutcomeUnknownException("writing a commit to the database failed",
                        translateException("writing a commit to the database", e));
            }
            // A write that reached the disk ends an outage; a read alone does not (with a full disk, reads still work).
            outage.reachable();
        }
    }
}

package io.promocontracts.server.storage;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whether the database takes writes now. Asking costs nothing: what the server's own requests
 * met in the last {@link #FRESH} answers it (a durable write that reached the database, or a
 * write refused for an outage or a full disk, whichever came last). Only when nothing happened
 * is a probe made: one row written in a read-write transaction, durable like every other
 * ({@link DurableCommits}). Its answer serves for {@link #FRESH}, and while it runs, others get
 * the last answer: at most one write per second, however often health is asked.
 */
@Service
public class DatabaseHealth {

    static final Duration FRESH = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final DatabaseOutage outage;
    private final TransactionTemplate transaction;
    private final ReentrantLock probing = new ReentrantLock();

    public DatabaseHealth(JdbcClient jdbc, PlatformTransactionManager transactions, DatabaseOutage outage) {
        this.jdbc = jdbc;
        this.outage = outage;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setTimeout(2);
    }

    public boolean writable() {
        long written = outage.lastWritten();
        long failed = outage.lastFailed();
        long latest = Math.max(written, failed);
        if (System.nanoTime() - latest < FRESH.toNanos()) {
            return written >= failed;
        }
        if (!probing.tryLock()) {
            return written >= failed;
        }
        try {
            probe();
            return outage.lastWritten() >= outage.lastFailed();
        } finally {
            probing.unlock();
        }
    }

    /** One durable write; its outcome is recorded by the transaction manager or, failing, here. */
    private void probe() {
        try {
            transaction.executeWithoutResult(status ->
                    jdbc.sql("UPDATE health_probe SET checked_at = ? WHERE id = 1").param(OffsetDateTime.now(ZoneOffset.UTC)).update());
        } catch (DataAccessException | TransactionException e) {
            outage.unavailable(e);
        }
    }
}

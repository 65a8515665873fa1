package io.promocontracts.server.storage;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A database that cannot be reached (or whose disk is full), as clients and operators see it: each request is answered
 * 503 with {@code Retry-After} (within the pool's one-second wait for a connection, not after a
 * hang), and the log says so once when the outage begins and once when it ends, not once per request.
 */
@Component
public class DatabaseOutage {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
    static final String RETRY_AFTER_SECONDS = "1";
    static final String BUSY = "The service is busy; retry later.";
    static final String UNKNOWN_OUTCOME = "The database failed while the change was being stored; whether it was stored is "
            + "unknown. Read it back, or send it again.";

    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long lastWritten = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
    private volatile long lastFailed = lastWritten - 1;
    private final DataSource dataSource;

    public DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Whether a failure means the database cannot take requests now (unreachable, or its disk
     * failed a write), rather than a fault of the request or the code.
     */
    public static boolean isOutage(Throwable failure) {
        return failure instanceof DataAccessResourceFailureException || failure instanceof TransientDataAccessException
                || failure instanceof RecoverableDataAccessException || failure instanceof CannotCreateTransactionException
                || failure instanceof CommitOutcomeUnknownException
                || failure instanceof TransactionSystemException system && (lostConnectionOrDisk(system)
                || system.getApplicationException() != null && isOutage(system.getApplicationException()));
    }

    /**
     * A commit or rollback that failed writing to the disk or on a connection the database dropped
     * (SQL state class 08), or a rollback that failed after the database was lost (PostgreSQL gone
     * mid-request): a lost database, not a fault.
     */
    private static boolean lostConnectionOrDisk(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer to a request the outage failed; the first of an outage is logged. A request that
     * waited its second for a connection while every one was in use met a busy server, not a lost
     * database: it is told so, and nothing is logged.
     */
    public ApiException unavailable(Throwable failure) {
        if (allConnectionsInUse()) {
            return new ApiException(Failure.UNAVAILABLE, BUSY, List.of(), Map.of("Retry-After", RETRY_AFTER_SECONDS));
        }
        lastFailed = System.nanoTime();
        if (!down.getAndSet(true)) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            LOG.warn("The database cannot take requests ({}): they are answered 503 until it can.", cause.getMessage());
        }
        return new ApiException(Failure.UNAVAILABLE, failure instanceof CommitOutcomeUnknownException ? UNKNOWN_OUTCOME
                : "The service cannot reach its database; retry later.", List.of(), Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    private boolean allConnectionsInUse() {
        if (!(dataSource instanceof HikariDataSource pool) || pool.getHikariPoolMXBean() == null) {
            return false;
        }
        return pool.getHikariPoolMXBean().getActiveConnections() >= pool.getMaximumPoolSize();
    }

    /** When a write last reached the database (its {@link System#nanoTime()}), for the health check. */
    long lastWritten() {
        return lastWritten;
    }

    /** When a request last failed for the outage, a full disk among its causes. */
    long lastFailed() {
        return lastFailed;
    }

    /** Called when a write reached the database: ends an outage, saying so once. */
    public void reachable() {
        lastWritten = System.nanoTime();
        if (down.get() && down.getAndSet(false)) {
            LOG.info("The database takes requests again.");
        }
    }
}

package io.promocontracts.server.storage;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A database that cannot be reached (or whose disk is full), as clients and operators see it: each request is answered
 * 503 with {@code Retry-After} (within the pool's one-second wait for a connection, not after a
 * hang), and the log says so once when the outage begins and once when it ends, not once per request.
 */
@Component
public class DatabaseOutage {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final String RETRY_AFTER_SECONDS = "1";

    private final AtomicBoolean down = new AtomicBoolean();

    /**
     * Whether a failure means the database cannot take requests now (unreachable, or its disk
     * failed a write), rather than a fault of the request or the code.
     */
    public static boolean isOutage(Throwable failure) {
        return failure instanceof DataAccessResourceFailureException || failure instanceof TransientDataAccessException
                || failure instanceof RecoverableDataAccessException || failure instanceof CannotCreateTransactionException
                || failure instanceof TransactionSystemException && causedByIo(failure);
    }

    /** A commit that failed writing to the disk: whether it was stored is unknown, as with a lost database. */
    private static boolean causedByIo(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The answer to a request the outage failed; the first of an outage is logged. */
    public ApiException unavailable(Throwable failure) {
        if (!down.getAndSet(true)) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            LOG.warn("The database cannot take requests ({}): they are answered 503 until it can.", cause.getMessage());
        }
        return new ApiException(Failure.UNAVAILABLE, "The service cannot reach its database; retry later.", List.of(),
                Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    /** Called when a write reached the database: ends an outage, saying so once. */
    public void reachable() {
        if (down.get() && down.getAndSet(false)) {
            LOG.info("The database takes requests again.");
        }
    }
}

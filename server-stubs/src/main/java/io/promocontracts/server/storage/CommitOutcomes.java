package io.promocontracts.server.storage;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates whose answer is what happened, even when the database fails during their commit. A
 * create knows the id it generated, so when its commit's outcome is unknown it looks for that id,
 * within a second: found (and written where a restart finds it), the create succeeded and its
 * object is the answer; looked up and not found, nothing was stored and the 503 says so; the
 * lookup failing too, the 503 says that the outcome is unknown.
 */
@Component
public class CommitOutcomes {

    static final String NOT_STORED = "The database failed while the create was being stored, and it was not stored; retry it.";
    static final String UNKNOWN = "The database failed while the create was being stored; whether it was stored is unknown. "
            + "Retry it with the same Idempotency-Key, or look for it before creating it again.";
    private static final int LOOKUP_SECONDS = 1;

    private final TransactionTemplate create;
    private final TransactionTemplate lookup;
    private final DatabaseOutage outage;

    public CommitOutcomes(PlatformTransactionManager transactions, DatabaseOutage outage) {
        this.create = new TransactionTemplate(transactions);
        // Read-write, so that its commit is followed by the durable write of the embedded database:
        // what it finds is on the disk then, not only in memory.
        this.lookup = new TransactionTemplate(transactions);
        this.lookup.setTimeout(LOOKUP_SECONDS);
        this.outage = outage;
    }

    /**
     * Runs {@code creating} in a transaction of its own; if its commit's outcome is unknown,
     * answers with what {@code stored} finds under the id the create generated.
     *
     * @throws ApiException {@code UNAVAILABLE} when the create was not stored, or when whether it was is unknown
     */
    public <T> T create(Supplier<T> creating, Supplier<Optional<T>> stored) {
        try {
            return create.execute(status -> creating.get());
        } catch (CommitOutcomeUnknownException unknown) {
            outage.unavailable(unknown);
            Optional<T> found;
            try {
                found = lookup.execute(status -> stored.get());
            } catch (DataAccessException | TransactionException lookupFailed) {
                throw unavailable(UNKNOWN);
            }
            if (found == null || found.isEmpty()) {
                throw unavailable(NOT_STORED);
            }
            return found.get();
        }
    }

    private static ApiException unavailable(String message) {
        return new ApiException(Failure.UNAVAILABLE, message, List.of(), Map.of("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS));
    }
}

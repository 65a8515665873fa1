package io.promocontracts.server.storage;

import org.springframework.transaction.TransactionSystemException;

/**
 * The database failed while a write transaction was being committed or written to its disk: the
 * write may be stored or not. {@link CommitOutcomes} finds out which for a create; any other
 * write is answered 503 saying that its outcome is unknown.
 */
public class CommitOutcomeUnknownException extends TransactionSystemException {

    CommitOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}

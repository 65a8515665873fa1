package io.promocontracts.server.idempotency;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.Problem;
import io.promocontracts.server.common.Timestamps;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Stripe's {@code Idempotency-Key} for creates. A service calls {@link #claim} at the start of its
 * create transaction and {@link #complete} once the object is inserted: the key and the object
 * commit together or not at all, so a create that failed leaves no key behind and a create that
 * succeeded is found by every retry.
 */
@Component
public class IdempotentCreates {

    static final String REUSED = "Keys for idempotent requests can only be used with the same body as the first request";

    private final IdempotencyKeyRepository keys;
    private final Timestamps timestamps;

    public IdempotentCreates(IdempotencyKeyRepository keys, Timestamps timestamps) {
        this.keys = keys;
        this.timestamps = timestamps;
    }

    /**
     * Takes the key for the create under way, or names the object an earlier create with it made.
     *
     * @return the earlier object's id, to answer with instead of creating; empty when this create goes ahead
     * @throws ApiException {@code IDEMPOTENCY_KEY_REUSED} when the key came with another body,
     *                      {@code IDEMPOTENCY_KEY_IN_USE} when the create that took it has not finished
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> claim(Caller caller, Optional<IdempotencyKey> key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (keys.claim(caller, key.get(), timestamps.now())) {
                return Optional.empty();
            }
        } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrent) {
            throw inUse(key.get());
        }
        IdempotencyKeyRepository.Remembered earlier = keys.find(caller, key.get()).orElseThrow(() -> inUse(key.get()));
        if (!earlier.bodyDigest().equals(key.get().bodyDigest())) {
            throw new ApiException(Failure.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key: " + REUSED,
                    List.of(new Problem(List.of("Idempotency-Key"), Problem.CUSTOM, REUSED)));
        }
        if (earlier.objectId() == null) {
            throw inUse(key.get());
        }
        return Optional.of(earlier.objectId());
    }

    /** Records which object the create that claimed the key made. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(Caller caller, Optional<IdempotencyKey> key, String objectId) {
        key.ifPresent(k -> keys.complete(caller, k, objectId));
    }

    private static ApiException inUse(IdempotencyKey key) {
        return new ApiException(Failure.IDEMPOTENCY_KEY_IN_USE,
                "A request with Idempotency-Key " + key.value() + " is still being processed; retry it.");
    }
}

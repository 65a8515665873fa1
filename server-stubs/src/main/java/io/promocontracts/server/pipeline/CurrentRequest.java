package io.promocontracts.server.pipeline;

import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Sha256;
import io.promocontracts.server.idempotency.IdempotencyKey;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What the request pipeline established about the request being handled. The generated interfaces
 * take only the body and parameters, so the controllers ask here for the caller and for what an
 * {@code Idempotency-Key} is held against.
 */
@Component
public class CurrentRequest {

    public Caller caller() {
        return CheckedRequest.current().caller();
    }

    /** The key the client sent, bound to this operation and to this very body; empty when none was sent. */
    public Optional<IdempotencyKey> idempotencyKey(String header) {
        CheckedRequest checked = CheckedRequest.current();
        return Optional.ofNullable(header).map(key -> new IdempotencyKey(checked.operation().operationId(), key,
                checked.body().map(body -> Sha256.hex(body.bytes())).orElse("")));
    }
}

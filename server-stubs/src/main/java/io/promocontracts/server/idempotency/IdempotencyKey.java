package io.promocontracts.server.idempotency;

/**
 * An {@code Idempotency-Key} a client sent with a create.
 *
 * @param operation   the operation it was sent to: a key names one create of one operation
 * @param value       the key as sent
 * @param bodyDigest  the SHA-256 of the body it came with, which a retry must repeat
 */
public record IdempotencyKey(String operation, String value, String bodyDigest) {
}

package io.promocontracts.server.idempotency;

import io.promocontracts.server.common.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

@Repository
public class IdempotencyKeyRepository {

    /** A key as stored: the body it came with, and the object its create made (null while that create runs). */
    record Remembered(String bodyDigest, String objectId) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the key for this transaction; false when it is taken. A concurrent transaction that took
     * it first makes this wait for its end (PostgreSQL; H2 may instead refuse at once), so a retry
     * that arrives while the first create runs usually finds the first one's object afterwards.
     */
    boolean claim(Caller caller, IdempotencyKey key, OffsetDateTime now) {
        return jdbc.sql("""
                INSERT INTO idempotency_key (operation, tenant_id, live, key_value, body_digest, created_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(key.operation(), caller.tenantId(), caller.live(), key.value(), key.bodyDigest(), now)
                .update() == 1;
    }

    Optional<Remembered> find(Caller caller, IdempotencyKey key) {
        return jdbc.sql("""
                SELECT body_digest, object_id FROM idempotency_key
                WHERE operation = ? AND tenant_id = ? AND live = ? AND key_value = ?""")
                .params(key.operation(), caller.tenantId(), caller.live(), key.value())
                .query((rs, row) -> new Remembered(rs.getString("body_digest").trim(), rs.getString("object_id")))
                .optional();
    }

    void complete(Caller caller, IdempotencyKey key, String objectId) {
        jdbc.sql("""
                UPDATE idempotency_key SET object_id = ?
                WHERE operation = ? AND tenant_id = ? AND live = ? AND key_value = ?""")
                .params(objectId, key.operation(), caller.tenantId(), caller.live(), key.value())
                .update();
    }
}

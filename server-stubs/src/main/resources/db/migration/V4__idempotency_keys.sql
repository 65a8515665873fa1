-- The Idempotency-Key of each create that sent one: a retry with the same key and body answers
-- with object_id instead of creating again. The row is written in the create's own transaction,
-- so a create is remembered exactly when it is stored. object_id is NULL only inside that
-- transaction, between claiming the key and inserting the object.
CREATE TABLE idempotency_key (
    operation   VARCHAR(64)  NOT NULL,
    tenant_id   VARCHAR(64)  NOT NULL,
    live        BOOLEAN      NOT NULL,
    key_value   VARCHAR(255) NOT NULL,
    body_digest CHAR(64)     NOT NULL,
    object_id   VARCHAR(64),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (operation, tenant_id, live, key_value)
);

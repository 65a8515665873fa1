-- One schema for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE flex_account (
    account_id VARCHAR(64)  PRIMARY KEY,
    name       VARCHAR(255) NOT NULL
);

CREATE TABLE flowglad_organization (
    organization_id VARCHAR(64)  PRIMARY KEY,
    name            VARCHAR(255) NOT NULL
);

-- Keys are kept only as SHA-256 hex digests. tenant_id is a flex_account or a flowglad_organization,
-- depending on api.
CREATE TABLE api_key (
    key_hash  CHAR(64)    PRIMARY KEY,
    api       VARCHAR(16) NOT NULL CHECK (api IN ('FLEX', 'FLOWGLAD')),
    tenant_id VARCHAR(64) NOT NULL,
    live      BOOLEAN     NOT NULL
);

CREATE TABLE flex_coupon (
    coupon_id           VARCHAR(64)      NOT NULL,
    account_id          VARCHAR(64)      NOT NULL REFERENCES flex_account (account_id),
    test_mode           BOOLEAN          NOT NULL,
    name                VARCHAR(255),
    amount_off          BIGINT           CHECK (amount_off > 0),
    percent_off         DOUBLE PRECISION CHECK (percent_off > 0 AND percent_off <= 100),
    applies_to_products TEXT,
    duration            VARCHAR(16)      NOT NULL CHECK (duration IN ('once', 'repeating', 'forever')),
    duration_in_months  INTEGER          CHECK (duration_in_months > 0),
    max_redemptions     INTEGER          CHECK (max_redemptions > 0),
    times_redeemed      INTEGER          NOT NULL DEFAULT 0,
    valid               BOOLEAN          NOT NULL,
    metadata            TEXT             NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, test_mode, coupon_id),
    CHECK ((amount_off IS NULL) <> (percent_off IS NULL)),
    CHECK (duration <> 'repeating' OR duration_in_months IS NOT NULL)
);

CREATE TABLE flex_promo_code (
    promo_code_id   VARCHAR(64)  PRIMARY KEY,
    account_id      VARCHAR(64)  NOT NULL,
    test_mode       BOOLEAN      NOT NULL,
    coupon_id       VARCHAR(64)  NOT NULL,
    code            VARCHAR(64)  NOT NULL,
    -- upper(code) while active, NULL otherwise: unique among active codes regardless of case.
    active_code     VARCHAR(64),
    max_redemptions INTEGER      CHECK (max_redemptions > 0),
    times_redeemed  INTEGER      NOT NULL DEFAULT 0,
    customer        VARCHAR(64),
    active          BOOLEAN      NOT NULL,
    metadata        TEXT         NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    FOREIGN KEY (account_id, test_mode, coupon_id) REFERENCES flex_coupon (account_id, test_mode, coupon_id),
    CONSTRAINT flex_promo_code_active_code_unique UNIQUE (account_id, test_mode, active_code)
);

CREATE TABLE flowglad_discount (
    id                 VARCHAR(64)  PRIMARY KEY,
    organization_id    VARCHAR(64)  NOT NULL REFERENCES flowglad_organization (organization_id),
    livemode           BOOLEAN      NOT NULL,
    name               VARCHAR(255) NOT NULL,
    code               VARCHAR(20)  NOT NULL,
    amount             BIGINT       NOT NULL CHECK (amount > 0),
    amount_type        VARCHAR(16)  NOT NULL CHECK (amount_type IN ('percent', 'fixed')),
    active             BOOLEAN      NOT NULL,
    duration           VARCHAR(32)  NOT NULL CHECK (duration IN ('once', 'number_of_payments', 'forever')),
    number_of_payments INTEGER      CHECK (number_of_payments > 0),
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CHECK ((duration = 'number_of_payments') = (number_of_payments IS NOT NULL)),
    CONSTRAINT flowglad_discount_code_unique UNIQUE (organization_id, livemode, code)
);

-- Idempotency keys of mutating API requests: the same key from the same caller replays the stored response; the
-- same key with a different request is refused. Stored in the transaction of the request's effect.
CREATE SCHEMA IF NOT EXISTS platform;

CREATE TABLE platform.idempotency_keys (
    owner_id      UUID         NOT NULL,
    key           VARCHAR(255) NOT NULL,
    operation     VARCHAR(200) NOT NULL,   -- method and path template, e.g. POST /api/v1/listings/{id}/reservations
    request_hash  CHAR(64)     NOT NULL,   -- SHA-256 of the operation, its path variables and canonical body
    status        SMALLINT     NOT NULL,
    response_body TEXT         NOT NULL,
    location      TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (owner_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON platform.idempotency_keys (created_at);

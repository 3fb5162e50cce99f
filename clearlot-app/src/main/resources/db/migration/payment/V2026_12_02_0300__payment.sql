-- Payments: what Clearlot asked payers to pay through the provider, and what the provider's webhooks confirmed.
CREATE SCHEMA IF NOT EXISTS payment;

CREATE TABLE payment.payments (
    id                 UUID         PRIMARY KEY,
    purpose            VARCHAR(16)  NOT NULL,   -- DEPOSIT, BALANCE
    reference          VARCHAR(100) NOT NULL,   -- reservation:<id>, order:<id>
    payer_id           UUID         NOT NULL,
    amount_fen         BIGINT       NOT NULL CHECK (amount_fen > 0),
    description        TEXT         NOT NULL,
    status             VARCHAR(16)  NOT NULL,   -- PENDING, AUTHORIZED, CAPTURED, FAILED, CANCELLED
    provider           VARCHAR(32)  NOT NULL,
    provider_intent_id VARCHAR(100) NOT NULL,
    checkout_url       TEXT         NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    captured_at        TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT payments_intent_unique UNIQUE (provider, provider_intent_id)
);
CREATE INDEX payments_reference_idx ON payment.payments (reference);
-- One payment that can still be paid, or was, per purpose and reference.
CREATE UNIQUE INDEX payments_one_live_per_purpose ON payment.payments (purpose, reference)
    WHERE status IN ('PENDING', 'AUTHORIZED', 'CAPTURED');

CREATE TABLE payment.status_history (
    id          BIGSERIAL   PRIMARY KEY,
    payment_id  UUID        NOT NULL REFERENCES payment.payments (id),
    from_status VARCHAR(16),
    to_status   VARCHAR(16) NOT NULL,
    cause       VARCHAR(120) NOT NULL,  -- e.g. webhook evt_… or "requested"
    at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX payment_status_history_payment_idx ON payment.status_history (payment_id);

CREATE TABLE payment.refunds (
    id           UUID         PRIMARY KEY,
    payment_id   UUID         NOT NULL REFERENCES payment.payments (id),
    refund_key   VARCHAR(200) NOT NULL UNIQUE,
    amount_fen   BIGINT       NOT NULL CHECK (amount_fen > 0),
    reason       TEXT         NOT NULL,
    status       VARCHAR(16)  NOT NULL,   -- REQUESTED, SUCCEEDED
    requested_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    settled_at   TIMESTAMPTZ
);
CREATE INDEX refunds_payment_idx ON payment.refunds (payment_id);

-- Every webhook event received, by the provider's event id: a duplicate delivery finds its row and does nothing.
CREATE TABLE payment.webhook_events (
    provider    VARCHAR(32)  NOT NULL,
    event_id    VARCHAR(100) NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    intent_id   VARCHAR(100) NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    effective   BOOLEAN      NOT NULL,   -- whether it changed anything (false: it arrived after its effect)
    PRIMARY KEY (provider, event_id)
);

-- The sandbox provider's own records, as an external provider would keep them on its side.
CREATE SCHEMA IF NOT EXISTS payment_sandbox;

CREATE TABLE payment_sandbox.intents (
    id                 VARCHAR(40)  PRIMARY KEY,   -- pi_…
    merchant_reference VARCHAR(100) NOT NULL,
    payer_id           UUID         NOT NULL,
    amount_fen         BIGINT       NOT NULL,
    description        TEXT         NOT NULL,
    return_path        TEXT,
    status             VARCHAR(24)  NOT NULL,      -- REQUIRES_PAYMENT, AUTHORIZED, CAPTURED, DECLINED, CANCELLED
    refunded_fen       BIGINT       NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE payment_sandbox.refunds (
    id           VARCHAR(40)  PRIMARY KEY,         -- re_…
    intent_id    VARCHAR(40)  NOT NULL REFERENCES payment_sandbox.intents (id),
    merchant_key VARCHAR(200) NOT NULL UNIQUE,
    amount_fen   BIGINT       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Webhook deliveries, at least once: retried until acknowledged, sometimes sent twice, in no guaranteed order.
CREATE TABLE payment_sandbox.outbox (
    id           BIGSERIAL    PRIMARY KEY,
    event_id     VARCHAR(40)  NOT NULL,
    payload      TEXT         NOT NULL,
    due_at       TIMESTAMPTZ  NOT NULL,
    attempts     INTEGER      NOT NULL DEFAULT 0,
    duplicate    BOOLEAN      NOT NULL DEFAULT false,
    delivered_at TIMESTAMPTZ,
    last_error   TEXT
);
CREATE INDEX outbox_due_idx ON payment_sandbox.outbox (due_at) WHERE delivered_at IS NULL;

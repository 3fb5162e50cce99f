-- Trade: reservations with an escrowed deposit, orders, returns and disputes. Every status column moves only by a
-- guarded update (UPDATE … WHERE status = :from) and every move is kept in the append-only status history.
CREATE SCHEMA IF NOT EXISTS trade;

CREATE TABLE trade.reservations (
    id                 UUID        PRIMARY KEY,
    listing_id         BIGINT      NOT NULL,
    vin                CHAR(17)    NOT NULL,
    buyer_id           UUID        NOT NULL,
    organization_id    UUID        NOT NULL,   -- the selling dealer's organization
    status             VARCHAR(16) NOT NULL,   -- HELD, ORDERED, CANCELLED, EXPIRED, CLOSED
    price_fen          BIGINT      NOT NULL CHECK (price_fen > 0),
    deposit_fen        BIGINT      NOT NULL CHECK (deposit_fen > 0),
    deposit_payment_id UUID,
    deposit_paid_at    TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL,
    pay_by             TIMESTAMPTZ NOT NULL,   -- the deposit must be received by then
    expires_at         TIMESTAMPTZ NOT NULL,   -- the hold ends then unless an order was placed
    closed_at          TIMESTAMPTZ
);
-- Exactly one reservation holds a car at a time.
CREATE UNIQUE INDEX reservations_one_hold_per_listing ON trade.reservations (listing_id)
    WHERE status IN ('HELD', 'ORDERED');
CREATE INDEX reservations_buyer_idx ON trade.reservations (buyer_id, created_at DESC);
CREATE INDEX reservations_due_idx ON trade.reservations (expires_at) WHERE status = 'HELD';

CREATE TABLE trade.orders (
    id                     UUID        PRIMARY KEY,
    reservation_id         UUID        NOT NULL UNIQUE REFERENCES trade.reservations (id),
    listing_id             BIGINT      NOT NULL,
    vin                    CHAR(17)    NOT NULL,
    buyer_id               UUID        NOT NULL,
    organization_id        UUID        NOT NULL,
    status                 VARCHAR(24) NOT NULL,
    price_fen              BIGINT      NOT NULL,
    deposit_fen            BIGINT      NOT NULL,
    delivery_fee_fen       BIGINT      NOT NULL CHECK (delivery_fee_fen >= 0),
    balance_fen            BIGINT      NOT NULL CHECK (balance_fen > 0),
    delivery_method        VARCHAR(16) NOT NULL,   -- PICKUP, HOME_DELIVERY, REMOTE
    delivery_address       TEXT,
    delivery_city          VARCHAR(40),
    delivery_distance_km   INTEGER,
    delivery_eta_days      INTEGER,
    balance_payment_id     UUID,
    pay_by                 TIMESTAMPTZ NOT NULL,
    condition_report_id    UUID,                   -- the inspection verdict shown when the order was placed
    condition_accident     BOOLEAN     NOT NULL DEFAULT false,
    condition_flood        BOOLEAN     NOT NULL DEFAULT false,
    condition_fire         BOOLEAN     NOT NULL DEFAULT false,
    handover_at            TIMESTAMPTZ,
    handover_note          TEXT,
    delivered_at           TIMESTAMPTZ,
    handover_odometer_km   INTEGER,
    return_window_ends_at  TIMESTAMPTZ,
    completed_at           TIMESTAMPTZ,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX orders_buyer_idx ON trade.orders (buyer_id, created_at DESC);
CREATE INDEX orders_organization_idx ON trade.orders (organization_id, created_at DESC);
CREATE INDEX orders_due_idx ON trade.orders (status, return_window_ends_at);
-- Only COMPLETED orders count as sales (dealer sales counts, sold badges, market statistics).
CREATE INDEX orders_sales_idx ON trade.orders (organization_id) WHERE status = 'COMPLETED';

CREATE TABLE trade.returns (
    id                    UUID        PRIMARY KEY,
    order_id              UUID        NOT NULL REFERENCES trade.orders (id),
    status                VARCHAR(16) NOT NULL,   -- REQUESTED, RECEIVED, APPROVED, REJECTED, REFUNDED
    reason_code           VARCHAR(24) NOT NULL,   -- NO_REASON, UNDISCLOSED_CONDITION, ADMIN_DECISION
    reason                TEXT        NOT NULL,
    order_status_before   VARCHAR(24) NOT NULL,
    declared_odometer_km  INTEGER     NOT NULL,
    received_odometer_km  INTEGER,
    fee_fen               BIGINT,
    refund_fen            BIGINT,
    check_notes           TEXT,
    requested_at          TIMESTAMPTZ NOT NULL,
    decided_at            TIMESTAMPTZ
);
CREATE UNIQUE INDEX returns_one_open_per_order ON trade.returns (order_id)
    WHERE status IN ('REQUESTED', 'RECEIVED', 'APPROVED');

CREATE TABLE trade.disputes (
    id           UUID        PRIMARY KEY,
    order_id     UUID        NOT NULL REFERENCES trade.orders (id),
    status       VARCHAR(16) NOT NULL,   -- OPEN, ANSWERED, DECIDED
    reason       TEXT        NOT NULL,
    opened_by    UUID        NOT NULL,
    outcome      VARCHAR(24),            -- REJECTED, REFUND, RETURN_ALLOWED
    refund_fen   BIGINT,
    decision     TEXT,
    decided_by   UUID,
    opened_at    TIMESTAMPTZ NOT NULL,
    decided_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX disputes_one_open_per_order ON trade.disputes (order_id) WHERE status IN ('OPEN', 'ANSWERED');
CREATE INDEX disputes_status_idx ON trade.disputes (status, opened_at);

-- The timeline of a deal, from its reservation on: every status change, payment, refund and dispute message.
CREATE TABLE trade.timeline (
    id             BIGSERIAL   PRIMARY KEY,
    reservation_id UUID        NOT NULL REFERENCES trade.reservations (id),
    subject        VARCHAR(16) NOT NULL,   -- RESERVATION, ORDER, RETURN, DISPUTE, PAYMENT
    subject_id     UUID        NOT NULL,
    from_status    VARCHAR(24),
    to_status      VARCHAR(24) NOT NULL,
    actor_id       UUID,
    actor_role     VARCHAR(16),            -- BUYER, DEALER, ADMIN, SYSTEM
    note           TEXT,
    amount_fen     BIGINT,
    at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX timeline_reservation_idx ON trade.timeline (reservation_id, id);

CREATE FUNCTION trade.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'trade.timeline is append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER timeline_append_only BEFORE UPDATE OR DELETE ON trade.timeline
    FOR EACH ROW EXECUTE FUNCTION trade.refuse_change();

-- Battery: per-vehicle analysis state and passport summary (updated incrementally from telemetry), the charge
-- sessions and negative events found, daily checkpoints to go back to when late readings arrive, and each pack's
-- hash-chained lifecycle by its GB/T 34014 code.
CREATE SCHEMA IF NOT EXISTS battery;

CREATE TABLE battery.vehicles (
    vin                     CHAR(17)     PRIMARY KEY,
    pack_code               VARCHAR(24),
    nominal_capacity_ah     NUMERIC(8, 2) NOT NULL,
    nominal_voltage_v       NUMERIC(8, 2) NOT NULL,
    chemistry               VARCHAR(16),
    watermark               TIMESTAMPTZ,          -- collection time of the newest reading taken into account
    state                   TEXT         NOT NULL, -- the accumulator's snapshot (JSON)
    soh_percent             REAL,
    soh_low_percent         REAL,
    soh_high_percent        REAL,
    estimated_capacity_ah   REAL,
    energy_soh_percent      REAL,
    bms_indicated_soh_percent REAL,                -- what charging sessions alone imply (the BMS's capacity belief)
    sessions_used           INTEGER      NOT NULL DEFAULT 0,
    soh_reason              TEXT,
    updated_at              TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX battery_vehicles_pack_idx ON battery.vehicles (pack_code);

CREATE TABLE battery.checkpoints (
    vin    CHAR(17)    NOT NULL,
    at     TIMESTAMPTZ NOT NULL,   -- the state includes every reading collected up to this instant
    state  TEXT        NOT NULL,
    PRIMARY KEY (vin, at)
);

-- Capacity estimates: parked charging sessions (SESSION) and the stretches between two SOC anchors (ANCHOR_WINDOW).
CREATE TABLE battery.charge_sessions (
    vin            CHAR(17)         NOT NULL,
    kind           VARCHAR(16)      NOT NULL CHECK (kind IN ('SESSION', 'ANCHOR_WINDOW')),
    started_at     TIMESTAMPTZ      NOT NULL,
    ended_at       TIMESTAMPTZ      NOT NULL,
    pack_code      VARCHAR(24),
    start_soc      REAL,
    end_soc        REAL,
    charged_ah     DOUBLE PRECISION NOT NULL,
    charged_kwh    DOUBLE PRECISION NOT NULL,
    window_soc     INTEGER          NOT NULL,
    window_ah      DOUBLE PRECISION NOT NULL,
    window_kwh     DOUBLE PRECISION NOT NULL,
    mean_temp_c    REAL,
    rest_before_s  BIGINT           NOT NULL,
    completed      BOOLEAN          NOT NULL,
    anchored       BOOLEAN          NOT NULL,
    capacity_ah    DOUBLE PRECISION,           -- null when the session is not usable
    energy_kwh     DOUBLE PRECISION,
    rejection      TEXT,
    PRIMARY KEY (vin, kind, started_at)
);
CREATE INDEX charge_sessions_pack_idx ON battery.charge_sessions (pack_code, started_at);

CREATE TABLE battery.negative_events (
    vin              CHAR(17)    NOT NULL,
    type             VARCHAR(32) NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    ended_at         TIMESTAMPTZ NOT NULL,
    pack_code        VARCHAR(24),
    peak_temp_c      REAL,
    max_alarm_level  SMALLINT    NOT NULL,
    PRIMARY KEY (vin, type, started_at)
);

-- Where the incremental update left off: vehicles active after this instant are looked at again.
CREATE TABLE battery.update_cursor (
    id            SMALLINT    PRIMARY KEY CHECK (id = 1),
    active_since  TIMESTAMPTZ NOT NULL
);
INSERT INTO battery.update_cursor (id, active_since) VALUES (1, '2000-01-01T00:00:00Z');

-- A pack's lifecycle: append-only, chained per pack code by SHA-256 over each event's canonical content.
CREATE TABLE battery.pack_events (
    id                 UUID         PRIMARY KEY,
    pack_code          VARCHAR(24)  NOT NULL,
    position           INTEGER      NOT NULL,
    type               VARCHAR(16)  NOT NULL CHECK (type IN ('INSTALLED', 'REMOVED', 'REPAIRED', 'SECOND_LIFE', 'RECYCLED')),
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('original', 'repurposed', 'reused', 'remanufactured', 'waste')),
    occurred_at        TIMESTAMPTZ  NOT NULL,
    vin                CHAR(17),
    related_pack_code  VARCHAR(24),
    canonical_content  TEXT         NOT NULL,
    hash               CHAR(64)     NOT NULL,
    previous_hash      CHAR(64),
    recorded_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT pack_events_position UNIQUE (pack_code, position)
);
CREATE INDEX pack_events_vin_idx ON battery.pack_events (vin);

CREATE FUNCTION battery.pack_events_are_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'pack lifecycle events are immutable: record a new event instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER pack_events_immutable BEFORE UPDATE OR DELETE ON battery.pack_events
    FOR EACH ROW EXECUTE FUNCTION battery.pack_events_are_immutable();

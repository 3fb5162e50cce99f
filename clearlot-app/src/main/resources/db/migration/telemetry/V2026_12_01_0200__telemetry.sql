-- Telemetry: readings from vehicle terminals and OEM platforms (GB/T 32960 over TCP, or JSON over HTTP), one row per
-- vehicle and collection time, partitioned by month of the collection time. Partitions are created ahead and dropped
-- after the retention period by telemetry.store.PartitionMaintenance.
CREATE SCHEMA IF NOT EXISTS telemetry;

CREATE TABLE telemetry.readings (
    vin                 CHAR(17)         NOT NULL,
    ts                  TIMESTAMPTZ      NOT NULL,
    received_at         TIMESTAMPTZ      NOT NULL DEFAULT now(),
    source              SMALLINT         NOT NULL,  -- 1 HTTP, 2 GB/T 32960-2016, 3 GB/T 32960-2025
    signature_verified  BOOLEAN,                    -- 2025 frames: signature checked (true) or no key yet (false); null when unsigned
    vehicle_state       SMALLINT,                   -- 1 ON, 2 OFF, 3 OTHER
    charging_state      SMALLINT,                   -- 1 parked charging, 2 driving charging, 3 not charging, 4 complete
    speed_kmh           REAL,
    odometer_km         DOUBLE PRECISION,
    pack_voltage_v      REAL,
    pack_current_a      REAL,                       -- positive = discharge, as on the wire
    soc_percent         REAL,
    insulation_kohm     INTEGER,
    cell_voltage_max_v  REAL,
    cell_voltage_min_v  REAL,
    probe_temp_max_c    SMALLINT,
    probe_temp_min_c    SMALLINT,
    alarm_level         SMALLINT,
    alarm_flags         INTEGER          NOT NULL DEFAULT 0,  -- GB/T 32960 general alarm bits
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    PRIMARY KEY (vin, ts)
) PARTITION BY RANGE (ts);

-- Which vehicles sent data recently, for consumers that process telemetry incrementally (battery passports).
CREATE TABLE telemetry.vehicle_activity (
    vin         CHAR(17)    PRIMARY KEY,
    latest_ts   TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX vehicle_activity_updated_idx ON telemetry.vehicle_activity (updated_at);

-- Readings that arrived long after they were collected (GB/T 32960 reissue, buffered uploads): consumers that
-- already processed later readings of the vehicle must go back. One row per vehicle: the earliest such reading
-- since the consumer last acknowledged, and a sequence number that changes with every new late arrival.
CREATE SEQUENCE telemetry.late_arrival_seq;
CREATE TABLE telemetry.late_arrivals (
    vin          CHAR(17)    PRIMARY KEY,
    earliest_ts  TIMESTAMPTZ NOT NULL,
    arrival_seq  BIGINT      NOT NULL
);

-- The first odometer reading of each vehicle per day (Beijing time), which feeds the vehicle history.
CREATE TABLE telemetry.odometer_days (
    vin          CHAR(17)         NOT NULL,
    day          DATE             NOT NULL,
    ts           TIMESTAMPTZ      NOT NULL,
    odometer_km  DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (vin, day)
);

-- GB/T 32960-2025 vehicles' public keys, registered at activation (command 0x09), for verifying frame signatures.
CREATE TABLE telemetry.vehicle_keys (
    vin           CHAR(17)    PRIMARY KEY,
    chip_id       VARCHAR(64) NOT NULL,
    algorithm     VARCHAR(8)  NOT NULL,
    public_key    BYTEA       NOT NULL,
    activated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

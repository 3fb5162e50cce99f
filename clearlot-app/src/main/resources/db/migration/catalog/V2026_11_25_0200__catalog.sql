-- Catalog: vehicles keyed by VIN, dealers' listings, the append-only listing status history, CSV import jobs.
CREATE SCHEMA IF NOT EXISTS catalog;

CREATE SEQUENCE catalog.vehicle_id_seq INCREMENT BY 50;
CREATE SEQUENCE catalog.listing_id_seq START WITH 10001 INCREMENT BY 50;
CREATE SEQUENCE catalog.listing_status_change_id_seq INCREMENT BY 50;

CREATE TABLE catalog.vehicles (
    id                         BIGINT PRIMARY KEY,
    vin                        CHAR(17)     NOT NULL UNIQUE,
    make                       VARCHAR(40)  NOT NULL,
    model                      VARCHAR(60)  NOT NULL,
    trim                       VARCHAR(120) NOT NULL DEFAULT '',
    model_year                 INT          NOT NULL CHECK (model_year BETWEEN 1980 AND 2100),
    body_type                  VARCHAR(16)  NOT NULL,
    colour                     VARCHAR(16)  NOT NULL,
    powertrain                 VARCHAR(8)   NOT NULL CHECK (powertrain IN ('ICE', 'HEV', 'PHEV', 'BEV')),
    emission_standard          VARCHAR(16)  NOT NULL,
    transmission               VARCHAR(16),
    displacement_ml            INT CHECK (displacement_ml > 0),
    seats                      INT CHECK (seats BETWEEN 1 AND 12),
    range_km                   INT CHECK (range_km > 0),
    first_registration_date    DATE         NOT NULL,
    registration_city          VARCHAR(64)  NOT NULL,
    battery_capacity_ah        NUMERIC(7, 1),
    battery_voltage_v          NUMERIC(6, 1),
    battery_chemistry          VARCHAR(16),
    battery_pack_code          VARCHAR(24),
    registered_by_org          UUID         NOT NULL,
    created_at                 TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT vehicles_battery_for_plug_ins CHECK (
        powertrain NOT IN ('PHEV', 'BEV')
        OR (battery_capacity_ah IS NOT NULL AND battery_voltage_v IS NOT NULL AND battery_chemistry IS NOT NULL))
);

CREATE TABLE catalog.listings (
    id               BIGINT PRIMARY KEY,
    vehicle_id       BIGINT       NOT NULL REFERENCES catalog.vehicles (id),
    organization_id  UUID         NOT NULL,
    price_fen        BIGINT       NOT NULL CHECK (price_fen > 0),
    mileage_km       INT          NOT NULL CHECK (mileage_km >= 0),
    city             VARCHAR(64)  NOT NULL,
    description      TEXT         NOT NULL DEFAULT '',
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RESERVED', 'SOLD', 'WITHDRAWN')),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    published_at     TIMESTAMPTZ,
    version          BIGINT       NOT NULL DEFAULT 0
);

-- One open listing per vehicle: a car cannot be on sale twice.
CREATE UNIQUE INDEX listings_one_open_per_vehicle ON catalog.listings (vehicle_id)
    WHERE status IN ('DRAFT', 'ACTIVE', 'RESERVED');
CREATE INDEX listings_organization_idx ON catalog.listings (organization_id, updated_at DESC);
CREATE INDEX listings_status_idx ON catalog.listings (status);

CREATE TABLE catalog.listing_status_changes (
    id          BIGINT PRIMARY KEY,
    listing_id  BIGINT      NOT NULL REFERENCES catalog.listings (id),
    from_status VARCHAR(16),
    to_status   VARCHAR(16) NOT NULL,
    changed_by  UUID,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX listing_status_changes_listing_idx ON catalog.listing_status_changes (listing_id, changed_at);

CREATE TABLE catalog.import_jobs (
    id              UUID PRIMARY KEY,
    organization_id UUID         NOT NULL,
    started_by      UUID         NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    total_rows      INT          NOT NULL,
    processed_rows  INT          NOT NULL DEFAULT 0,
    imported_rows   INT          NOT NULL DEFAULT 0,
    rejected_rows   INT          NOT NULL DEFAULT 0,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    created_at      TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ
);
CREATE INDEX import_jobs_organization_idx ON catalog.import_jobs (organization_id, created_at DESC);

CREATE TABLE catalog.import_row_results (
    job_id      UUID        NOT NULL REFERENCES catalog.import_jobs (id),
    row_number  INT         NOT NULL,
    vin         VARCHAR(32),
    outcome     VARCHAR(16) NOT NULL CHECK (outcome IN ('IMPORTED', 'REJECTED')),
    listing_id  BIGINT,
    reasons     TEXT        NOT NULL DEFAULT '',
    PRIMARY KEY (job_id, row_number)
);

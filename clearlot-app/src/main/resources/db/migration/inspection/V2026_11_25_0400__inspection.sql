-- Inspection: signed, immutable appraisal reports chained per VIN by SHA-256, and every mileage reading of a car.
CREATE SCHEMA IF NOT EXISTS inspection;

CREATE TABLE inspection.reports (
    id                UUID PRIMARY KEY,
    vin               CHAR(17)     NOT NULL,
    chain_position    INT          NOT NULL CHECK (chain_position >= 1),
    version           INT          NOT NULL CHECK (version >= 1),
    supersedes        UUID REFERENCES inspection.reports (id),
    correction_reason TEXT,
    inspector_id      UUID         NOT NULL,
    inspector_org     UUID         NOT NULL,
    inspected_at      TIMESTAMPTZ  NOT NULL,
    odometer_km       INT          NOT NULL CHECK (odometer_km >= 0),
    score             INT          NOT NULL CHECK (score BETWEEN 0 AND 100),
    grade             INT          NOT NULL CHECK (grade BETWEEN 1 AND 5),
    accident          BOOLEAN      NOT NULL,
    flood             BOOLEAN      NOT NULL,
    fire              BOOLEAN      NOT NULL,
    tradable          BOOLEAN      NOT NULL,
    canonical_content TEXT         NOT NULL,
    hash              CHAR(64)     NOT NULL,
    previous_hash     CHAR(64),
    signed_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT reports_chain_position_uq UNIQUE (vin, chain_position),
    CONSTRAINT reports_correction_has_reason CHECK (supersedes IS NULL OR correction_reason IS NOT NULL)
);
CREATE INDEX reports_vin_idx ON inspection.reports (vin, chain_position);
-- A report is superseded at most once: corrections form a line, not a tree.
CREATE UNIQUE INDEX reports_superseded_once ON inspection.reports (supersedes) WHERE supersedes IS NOT NULL;

-- Signed reports are immutable: the database refuses updates and deletes (a correction is a new row).
CREATE FUNCTION inspection.refuse_report_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'inspection reports are immutable; file a correction instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER reports_immutable BEFORE UPDATE OR DELETE ON inspection.reports
    FOR EACH ROW EXECUTE FUNCTION inspection.refuse_report_change();

CREATE TABLE inspection.mileage_readings (
    id          BIGSERIAL PRIMARY KEY,
    vin         CHAR(17)    NOT NULL,
    source      VARCHAR(16) NOT NULL CHECK (source IN ('LISTING', 'INSPECTION', 'HANDOVER', 'TELEMETRY')),
    source_ref  VARCHAR(64) NOT NULL,
    km          INT         NOT NULL CHECK (km >= 0),
    read_at     TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT mileage_readings_once UNIQUE (source, source_ref)
);
CREATE INDEX mileage_readings_vin_idx ON inspection.mileage_readings (vin, read_at);

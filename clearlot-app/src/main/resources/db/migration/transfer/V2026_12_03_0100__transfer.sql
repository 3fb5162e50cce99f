-- Transfer (relocation) rules as data. A rule is identified by its kind and jurisdiction (rule_key, e.g.
-- 'INBOUND_EMISSION/Hangzhou'; 'CN' is the whole country); each change is a new version row, never an update, so an
-- answer given on any day can be explained by the versions it used. The version that applies on a date is the one
-- with the latest effective_from on or before it (the highest version among equal dates: a correction).
CREATE SCHEMA IF NOT EXISTS transfer;

CREATE TABLE transfer.rules (
    id             UUID         PRIMARY KEY,
    rule_key       VARCHAR(80)  NOT NULL,
    version        INTEGER      NOT NULL CHECK (version >= 1),
    kind           VARCHAR(30)  NOT NULL
                   CHECK (kind IN ('INBOUND_EMISSION', 'NATIONAL_NO_REFUSAL', 'PLATE_QUOTA', 'TEMPORARY_PLATE', 'TRADABILITY')),
    jurisdiction   VARCHAR(40)  NOT NULL,
    effective_from DATE         NOT NULL,
    active         BOOLEAN      NOT NULL,        -- false: the rule stops applying from effective_from (repealed)
    min_standard   VARCHAR(20),                  -- INBOUND_EMISSION and NATIONAL_NO_REFUSAL
    quota_ice      VARCHAR(20),                  -- PLATE_QUOTA, per powertrain: NONE, ON_APPLICATION, SCARCE
    quota_hev      VARCHAR(20),
    quota_phev     VARCHAR(20),
    quota_bev      VARCHAR(20),
    basis          VARCHAR(20)  NOT NULL CHECK (basis IN ('PUBLISHED', 'DERIVED')),
    source         TEXT         NOT NULL CHECK (length(source) > 0),   -- in English
    note           TEXT,
    source_zh      TEXT,                         -- the same in Chinese, where given
    note_zh        TEXT,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    recorded_by    UUID,                         -- null: shipped with the release
    CONSTRAINT rules_key_matches CHECK (rule_key = kind || '/' || jurisdiction),
    CONSTRAINT rules_version_once UNIQUE (rule_key, version),
    CONSTRAINT rules_params CHECK (
        NOT active
        OR (kind IN ('INBOUND_EMISSION', 'NATIONAL_NO_REFUSAL') AND min_standard IS NOT NULL)
        OR (kind = 'PLATE_QUOTA' AND num_nonnulls(quota_ice, quota_hev, quota_phev, quota_bev) = 4)
        OR kind IN ('TEMPORARY_PLATE', 'TRADABILITY'))
);
CREATE INDEX rules_jurisdiction_idx ON transfer.rules (jurisdiction, kind);

-- Every distinct answer given, with the rule versions it used: the same question answered the same way from the
-- same versions is one row, counted, so reloading a listing page does not add rows.
CREATE TABLE transfer.answers (
    id               UUID         PRIMARY KEY,
    vin              VARCHAR(17)  NOT NULL,
    to_city          VARCHAR(40)  NOT NULL,
    on_date          DATE         NOT NULL,
    outcome          VARCHAR(20)  NOT NULL CHECK (outcome IN ('ALLOWED', 'RESTRICTED', 'NEEDS_QUOTA')),
    rule_ids         UUID[]       NOT NULL,
    answered_at      TIMESTAMPTZ  NOT NULL,   -- first given
    last_answered_at TIMESTAMPTZ  NOT NULL,
    times            INTEGER      NOT NULL DEFAULT 1 CHECK (times >= 1),
    CONSTRAINT answers_once UNIQUE (vin, to_city, on_date, outcome, rule_ids)
);
CREATE INDEX answers_vin_idx ON transfer.answers (vin, answered_at);

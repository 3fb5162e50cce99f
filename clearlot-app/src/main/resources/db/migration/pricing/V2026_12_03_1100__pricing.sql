-- Pricing: every trained valuation model with its version, when it was trained, on how many rows and its held-out
-- error (kept for ever), and the fitted Tribuo model of the newest few (older ones drop their weights); and the
-- completed sales the model learns from and the market page counts, with the car's facts at the sale.
CREATE SCHEMA IF NOT EXISTS pricing;

CREATE TABLE pricing.models (
    version             BIGINT           PRIMARY KEY,
    trained_at          TIMESTAMPTZ      NOT NULL,
    listing_rows        INT              NOT NULL,
    sale_rows           INT              NOT NULL,
    held_out_rows       INT              NOT NULL,
    median_ape_percent  DOUBLE PRECISION,
    p90_ape_percent     DOUBLE PRECISION,
    low_log_residual    DOUBLE PRECISION NOT NULL,
    high_log_residual   DOUBLE PRECISION NOT NULL,
    training_millis     BIGINT           NOT NULL,
    mean_log_price      DOUBLE PRECISION NOT NULL,
    registration_lag    DOUBLE PRECISION NOT NULL,   -- median years from the start of the model year to registration
    comparables         TEXT             NOT NULL,   -- JSON: make|model -> model year -> training cars
    training_groups     TEXT             NOT NULL,   -- JSON: listing group (listing:<id>) -> its training rows
    tribuo_model        BYTEA                        -- Tribuo ModelProto; NULL once the model is no longer kept
);

-- The five cross-fitting models of each kept model: a listed car is valued by the one that did not learn from it.
CREATE TABLE pricing.model_folds (
    version        BIGINT           NOT NULL REFERENCES pricing.models (version),
    fold           INT              NOT NULL CHECK (fold BETWEEN 0 AND 4),
    mean_log_price DOUBLE PRECISION NOT NULL,
    tribuo_model   BYTEA            NOT NULL,
    PRIMARY KEY (version, fold)
);

CREATE TABLE pricing.sales (
    order_id                UUID        PRIMARY KEY,
    listing_id              BIGINT      NOT NULL,
    organization_id         UUID        NOT NULL,
    price_fen               BIGINT      NOT NULL CHECK (price_fen > 0),
    completed_at            TIMESTAMPTZ NOT NULL,
    returned_at             TIMESTAMPTZ,            -- returned after completion: no longer a sale
    make                    VARCHAR(40) NOT NULL,
    model                   VARCHAR(60) NOT NULL,
    trim                    VARCHAR(120),
    model_year              INT         NOT NULL,
    first_registration_date DATE        NOT NULL,
    powertrain              VARCHAR(8)  NOT NULL,
    mileage_km              INT         NOT NULL,
    city                    VARCHAR(40) NOT NULL,
    grade                   INT,
    accident                BOOLEAN,
    flood                   BOOLEAN,
    fire                    BOOLEAN,
    soh_percent             DOUBLE PRECISION
);
CREATE INDEX sales_completed_idx ON pricing.sales (completed_at) WHERE returned_at IS NULL;

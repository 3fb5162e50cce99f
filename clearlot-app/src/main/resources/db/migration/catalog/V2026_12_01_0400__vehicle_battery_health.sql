-- The latest battery state of health of each electrified car (from its battery passport), kept by the catalog so
-- that listings and search can show and filter it; null until the passport has an estimate.
ALTER TABLE catalog.vehicles
    ADD COLUMN battery_soh_percent REAL CHECK (battery_soh_percent BETWEEN 0 AND 150);

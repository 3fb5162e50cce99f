-- The latest inspection verdict of each car, kept by the catalog so that listings and search can show and filter it.
ALTER TABLE catalog.vehicles
    ADD COLUMN inspection_report UUID,
    ADD COLUMN inspection_grade  INT CHECK (inspection_grade BETWEEN 1 AND 5),
    ADD COLUMN accident          BOOLEAN,
    ADD COLUMN flood             BOOLEAN,
    ADD COLUMN fire              BOOLEAN,
    ADD CONSTRAINT vehicles_condition_complete CHECK (
        (inspection_report IS NULL AND inspection_grade IS NULL AND accident IS NULL AND flood IS NULL AND fire IS NULL)
        OR (inspection_report IS NOT NULL AND inspection_grade IS NOT NULL AND accident IS NOT NULL AND flood IS NOT NULL
            AND fire IS NOT NULL));

-- Two more roles: TELEMETRY (a machine account of a vehicle terminal or OEM platform sending battery data; it may
-- belong to no organization) and RECYCLER (staff of a battery recycler or second-life operator, an organization of
-- the new kind RECYCLER).
ALTER TABLE identity.organizations DROP CONSTRAINT organizations_kind_check;
ALTER TABLE identity.organizations ADD CONSTRAINT organizations_kind_check
    CHECK (kind IN ('DEALER', 'CPO_PROGRAMME', 'INSPECTION_AGENCY', 'PLATFORM', 'RECYCLER'));

ALTER TABLE identity.users DROP CONSTRAINT users_role_check;
ALTER TABLE identity.users ADD CONSTRAINT users_role_check
    CHECK (role IN ('BUYER', 'DEALER', 'INSPECTOR', 'ADMIN', 'TELEMETRY', 'RECYCLER'));

ALTER TABLE identity.users DROP CONSTRAINT users_org_for_staff;
ALTER TABLE identity.users ADD CONSTRAINT users_org_for_staff
    CHECK (role IN ('BUYER', 'ADMIN', 'TELEMETRY') OR organization_id IS NOT NULL);

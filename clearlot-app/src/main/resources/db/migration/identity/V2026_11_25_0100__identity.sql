-- Identity: organizations (dealers, certified pre-owned programmes, inspection agencies, the platform) and users.
CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.organizations (
    id          UUID PRIMARY KEY,
    name_en     VARCHAR(120) NOT NULL,
    name_zh     VARCHAR(120) NOT NULL,
    kind        VARCHAR(32)  NOT NULL CHECK (kind IN ('DEALER', 'CPO_PROGRAMME', 'INSPECTION_AGENCY', 'PLATFORM')),
    city        VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE identity.users (
    id              UUID PRIMARY KEY,
    username        VARCHAR(32)  NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    display_name    VARCHAR(80)  NOT NULL,
    role            VARCHAR(32)  NOT NULL CHECK (role IN ('BUYER', 'DEALER', 'INSPECTOR', 'ADMIN')),
    organization_id UUID REFERENCES identity.organizations (id),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT users_org_for_staff CHECK (role IN ('BUYER', 'ADMIN') OR organization_id IS NOT NULL)
);

CREATE UNIQUE INDEX users_username_uq ON identity.users (lower(username));
CREATE INDEX users_organization_idx ON identity.users (organization_id);

-- Photos of inspection findings, uploaded before the report is signed; the report's hash covers their SHA-256.
CREATE TABLE inspection.photos (
    id           UUID PRIMARY KEY,
    uploaded_by  UUID         NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content_type VARCHAR(32)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size_bytes   INT          NOT NULL CHECK (size_bytes > 0),
    width        INT          NOT NULL CHECK (width > 0),
    height       INT          NOT NULL CHECK (height > 0),
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX photos_uploaded_by_idx ON inspection.photos (uploaded_by, created_at);

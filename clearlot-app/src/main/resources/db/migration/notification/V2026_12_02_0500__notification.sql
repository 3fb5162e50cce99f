-- In-app notifications: one row per recipient of a deal's state change. A recipient is a user (the buyer), an
-- organization (every dealer user of it sees it) or a role (every admin). Rows are written by a persisted module
-- event listener, so a resubmitted event must not notify twice: (event_key, recipient) is unique.
CREATE SCHEMA IF NOT EXISTS notification;

CREATE TABLE notification.notifications (
    id                BIGSERIAL    PRIMARY KEY,
    event_key         VARCHAR(200) NOT NULL,
    recipient_user_id UUID,
    recipient_org_id  UUID,
    recipient_role    VARCHAR(20),
    subject           VARCHAR(20)  NOT NULL,   -- RESERVATION, ORDER, RETURN, DISPUTE, PAYMENT
    to_status         VARCHAR(40)  NOT NULL,
    listing_id        BIGINT       NOT NULL,
    vin               VARCHAR(17)  NOT NULL,
    link              VARCHAR(200) NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT notifications_one_recipient CHECK (num_nonnulls(recipient_user_id, recipient_org_id, recipient_role) = 1),
    CONSTRAINT notifications_once UNIQUE NULLS NOT DISTINCT (event_key, recipient_user_id, recipient_org_id, recipient_role)
);
CREATE INDEX notifications_user_idx ON notification.notifications (recipient_user_id, id) WHERE recipient_user_id IS NOT NULL;
CREATE INDEX notifications_org_idx ON notification.notifications (recipient_org_id, id) WHERE recipient_org_id IS NOT NULL;
CREATE INDEX notifications_role_idx ON notification.notifications (recipient_role, id) WHERE recipient_role IS NOT NULL;

-- How far each user has read: everything up to last_seen_id is read.
CREATE TABLE notification.seen (
    user_id      UUID   PRIMARY KEY,
    last_seen_id BIGINT NOT NULL
);

-- Every price a listing was offered at: the price it was created with and each change, written in the transaction
-- that set it (issue 7: the listing page shows its price history). Append-only. Listings older than this table get
-- one row with their current price, dated when they were created: the best record there is of them.
CREATE SEQUENCE catalog.listing_price_change_id_seq INCREMENT BY 50;

CREATE TABLE catalog.listing_price_changes (
    id         BIGINT      PRIMARY KEY,
    listing_id BIGINT      NOT NULL REFERENCES catalog.listings (id),
    price_fen  BIGINT      NOT NULL CHECK (price_fen > 0),
    changed_by UUID,
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX listing_price_changes_listing_idx ON catalog.listing_price_changes (listing_id, changed_at, id);

INSERT INTO catalog.listing_price_changes (id, listing_id, price_fen, changed_by, changed_at)
SELECT nextval('catalog.listing_price_change_id_seq'), id, price_fen, NULL, created_at
FROM catalog.listings ORDER BY id;

-- The facet index catches up with listing changes made by other instances by reading recently updated listings.
CREATE INDEX listings_updated_at_idx ON catalog.listings (updated_at);

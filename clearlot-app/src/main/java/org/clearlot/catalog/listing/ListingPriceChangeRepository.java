package org.clearlot.catalog.listing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingPriceChangeRepository extends JpaRepository<ListingPriceChange, Long> {

	/** A listing's price history, oldest first. */
	List<ListingPriceChange> findByListingIdOrderByChangedAtAscIdAsc(long listingId);
}

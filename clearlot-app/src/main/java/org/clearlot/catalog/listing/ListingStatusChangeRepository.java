package org.clearlot.catalog.listing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingStatusChangeRepository extends JpaRepository<ListingStatusChange, Long> {

	/** A listing's status history, oldest first. */
	List<ListingStatusChange> findByListingIdOrderByChangedAtAscIdAsc(long listingId);
}

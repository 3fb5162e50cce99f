package org.clearlot.catalog.listing;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.catalog.ListingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListingRepository extends JpaRepository<Listing, Long> {

	/** A listing with its vehicle loaded. */
	@EntityGraph(attributePaths = "vehicle")
	@Query("select l from Listing l where l.id = :id")
	Optional<Listing> findWithVehicle(long id);

	/** An organization's listings, newest change first. */
	@EntityGraph(attributePaths = "vehicle")
	Page<Listing> findByOrganizationIdOrderByUpdatedAtDesc(UUID organizationId, Pageable page);

	/** An organization's listings in one status, newest change first. */
	@EntityGraph(attributePaths = "vehicle")
	Page<Listing> findByOrganizationIdAndStatusOrderByUpdatedAtDesc(UUID organizationId, ListingStatus status,
			Pageable page);

	/** Whether the vehicle already has a listing that is draft, active or reserved. */
	@Query("select count(l) > 0 from Listing l where l.vehicle.id = :vehicleId and l.status in ('DRAFT', 'ACTIVE', 'RESERVED')")
	boolean hasOpenListing(long vehicleId);

	/** The vehicle's draft, active or reserved listing (at most one exists). */
	@Query("select l from Listing l where l.vehicle.id = :vehicleId and l.status in ('DRAFT', 'ACTIVE', 'RESERVED')")
	Optional<Listing> findOpenByVehicle(long vehicleId);

	/**
	 * A listing's summary as a projection: no entities are loaded or dirty-checked, which matters on the trade's
	 * hot path (every reservation reads it).
	 */
	@Query("""
			select new org.clearlot.catalog.ListingSummary(l.id, v.vin, v.make, v.model, v.modelYear, v.powertrain,
			    l.priceFen, l.mileageKm, l.city, l.status, l.organizationId)
			from Listing l join l.vehicle v where l.id = :id""")
	Optional<org.clearlot.catalog.ListingSummary> findSummary(long id);

	/** The summaries of several listings in one query (those that exist). */
	@Query("""
			select new org.clearlot.catalog.ListingSummary(l.id, v.vin, v.make, v.model, v.modelYear, v.powertrain,
			    l.priceFen, l.mileageKm, l.city, l.status, l.organizationId)
			from Listing l join l.vehicle v where l.id in :ids""")
	List<org.clearlot.catalog.ListingSummary> findSummaries(java.util.Collection<Long> ids);

	/** A listing with its vehicle, locked until the end of the transaction (for the trade's guarded moves). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Listing l join fetch l.vehicle where l.id = :id")
	Optional<Listing> findForUpdate(long id);

	/** A listing with its car's price-relevant facts, as a projection. */
	@Query(LISTING_FACTS + " where l.id = :id")
	Optional<org.clearlot.catalog.ListingFacts> findFacts(long id);

	/** Listings in these statuses with their cars' facts, most recently published first. */
	@Query(LISTING_FACTS + " where l.status in :statuses order by l.publishedAt desc nulls last, l.id desc")
	List<org.clearlot.catalog.ListingFacts> findFacts(java.util.Collection<ListingStatus> statuses, Pageable page);

	String LISTING_FACTS = """
			select new org.clearlot.catalog.ListingFacts(l.id, v.make, v.model, v.trim, v.modelYear,
			    v.firstRegistrationDate, v.powertrain, l.priceFen, l.mileageKm, l.city, l.status, l.organizationId,
			    v.inspectionGrade, v.accident, v.flood, v.fire, cast(v.batterySohPercent as Double), l.createdAt,
			    l.publishedAt)
			from Listing l join l.vehicle v""";

	/** How many listings are in a status. */
	long countByStatus(ListingStatus status);
}

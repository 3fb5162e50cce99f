package org.clearlot.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

/** What other modules may ask of the catalog. */
public interface CatalogApi {

	Optional<ListingSummary> findListing(long id);

	/** A registered vehicle by VIN (any case); empty for unknown or malformed VINs. */
	Optional<VehicleSummary> findVehicle(String vin);

	/** The organization whose draft, active or reserved listing offers this VIN, if any. */
	Optional<UUID> sellingOrganization(String vin);

	/**
	 * Records a car's latest inspection verdict, which its listings then show and search filters on. Called by the
	 * inspection module in the transaction that signs the report.
	 */
	void recordCondition(String vin, VehicleCondition condition);

	/** How many listings are on sale right now. */
	long countActiveListings();

	/**
	 * Brings rows into an organization's inventory. Each row is imported whole (vehicle and listing) or not at all,
	 * and rejected rows carry their reasons. {@code progress} receives the number of rows processed so far.
	 */
	ImportReport importInventory(UUID organizationId, UUID actorId, List<InventoryRow> rows, IntConsumer progress);
}

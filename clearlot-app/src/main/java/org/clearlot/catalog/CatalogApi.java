package org.clearlot.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

/** What other modules may ask of the catalog. */
public interface CatalogApi {

	Optional<ListingSummary> findListing(long id);

	/** Several listings in one query; ids without a listing are left out. */
	List<ListingSummary> findListings(Collection<Long> ids);

	/** A registered vehicle by VIN (any case); empty for unknown or malformed VINs. */
	Optional<VehicleSummary> findVehicle(String vin);

	/** A make and model as the reader calls them, e.g. "BYD Han" or "比亚迪 汉". */
	String carName(String make, String model, java.util.Locale locale);

	/** A registered vehicle's registration facts by VIN (any case); empty for unknown or malformed VINs. */
	Optional<RegistrationFacts> registrationFacts(String vin);

	/** A registered car's latest inspection verdict, if it was ever inspected. */
	Optional<VehicleCondition> condition(String vin);

	/** Which of these VINs are registered, upper-case; malformed ones are simply not. */
	Set<String> registeredVins(Collection<String> vins);

	/** The organization whose draft, active or reserved listing offers this VIN, if any. */
	Optional<UUID> sellingOrganization(String vin);

	/**
	 * Records a car's latest inspection verdict, which its listings then show and search filters on. Called by the
	 * inspection module in the transaction that signs the report.
	 */
	void recordCondition(String vin, VehicleCondition condition);

	/**
	 * Records a car's latest battery state of health (null: not estimated yet), which its listings show and search
	 * filters on. Called by the battery module when a passport's estimate changes.
	 */
	void recordBatteryHealth(String vin, Double sohPercent);

	/**
	 * Moves a listing for the trade, under a row lock: ACTIVE → RESERVED to hold it for a reservation, back to
	 * ACTIVE to release it, RESERVED → SOLD on delivery, SOLD → ACTIVE after a return. Returns false, changing
	 * nothing, when the listing is not in {@code from} (another buyer holds it, say). Joins the caller's transaction.
	 */
	boolean moveListing(long listingId, ListingStatus from, ListingStatus to, UUID actor);

	/** Every price the listing was offered at (its first price, then each change), oldest first. */
	List<PriceChange> priceHistory(long listingId);

	/** A listing with its car's price-relevant facts, whatever its status. */
	Optional<ListingFacts> listingFacts(long listingId);

	/** Up to {@code limit} listings in these statuses with their cars' facts, most recently published first. */
	List<ListingFacts> listingFacts(Collection<ListingStatus> statuses, int limit);

	/** How many listings are on sale right now. */
	long countActiveListings();

	/**
	 * Brings rows into an organization's inventory. Each row is imported whole (vehicle and listing) or not at all,
	 * and rejected rows carry their reasons. {@code progress} receives the number of rows processed so far.
	 */
	ImportReport importInventory(UUID organizationId, UUID actorId, List<InventoryRow> rows, IntConsumer progress);
}

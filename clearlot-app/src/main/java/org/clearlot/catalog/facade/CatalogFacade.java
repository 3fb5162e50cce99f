package org.clearlot.catalog.facade;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ImportReport;
import org.clearlot.catalog.ListingFacts;
import org.clearlot.catalog.PriceChange;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.ListingSummary;
import org.clearlot.catalog.RegistrationFacts;
import org.clearlot.catalog.VehicleCondition;
import org.clearlot.catalog.VehicleSummary;
import org.clearlot.catalog.Vin;
import org.clearlot.catalog.vehicle.VehicleRepository;
import org.clearlot.catalog.search.ListingChanges;
import org.clearlot.catalog.vehicle.Vehicle;
import org.clearlot.platform.web.NotFoundException;
import org.hibernate.search.mapper.orm.Search;
import jakarta.persistence.EntityManager;
import org.clearlot.catalog.vehicle.VehicleService;
import org.clearlot.catalog.importing.InventoryImporter;
import org.clearlot.catalog.listing.Listing;
import org.clearlot.catalog.listing.ListingRepository;
import org.clearlot.catalog.listing.ListingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CatalogFacade implements CatalogApi {

	private final ListingRepository listings;
	private final VehicleService vehicles;
	private final InventoryImporter importer;
	private final ListingChanges changes;
	private final EntityManager entityManager;
	private final VehicleRepository vehicleRepository;
	private final ListingService listingService;

	CatalogFacade(ListingRepository listings, VehicleService vehicles, InventoryImporter importer, ListingChanges changes,
			EntityManager entityManager, VehicleRepository vehicleRepository, ListingService listingService) {
		this.listingService = listingService;
		this.listings = listings;
		this.vehicles = vehicles;
		this.importer = importer;
		this.changes = changes;
		this.entityManager = entityManager;
		this.vehicleRepository = vehicleRepository;
	}

	@Override
	public Optional<VehicleSummary> findVehicle(String vin) {
		return vehicles.find(vin).map(CatalogFacade::vehicleSummary);
	}

	@Override
	public String carName(String make, String model, java.util.Locale locale) {
		return org.clearlot.catalog.vehicle.MakeNames.make(make, locale) + " "
				+ org.clearlot.catalog.vehicle.MakeNames.model(model, locale);
	}

	@Override
	public Optional<RegistrationFacts> registrationFacts(String vin) {
		return vehicles.find(vin).map(v -> new RegistrationFacts(v.vin(), v.make(), v.model(), v.year(),
				v.emissionStandard(), v.powertrain(), v.bodyType(), v.seats(), v.registrationCity(),
				v.firstRegistrationDate()));
	}

	@Override
	public Optional<VehicleCondition> condition(String vin) {
		return vehicles.find(vin).flatMap(Vehicle::condition);
	}

	private static VehicleSummary vehicleSummary(Vehicle v) {
		VehicleSummary.Battery battery = v.battery() == null || v.battery().nominalCapacityAh() == null ? null
				: new VehicleSummary.Battery(v.battery().nominalCapacityAh(), v.battery().nominalVoltageV(),
						v.battery().chemistry() == null ? null : v.battery().chemistry().name(), v.battery().packCode());
		return new VehicleSummary(v.vin(), v.make(), v.model(), v.year(), v.powertrain(), battery);
	}

	@Override
	public Set<String> registeredVins(Collection<String> vins) {
		List<String> wellFormed = vins.stream().filter(vin -> vin != null && Vin.check(vin).isEmpty())
			.map(vin -> Vin.of(vin).value()).distinct().toList();
		return wellFormed.isEmpty() ? Set.of() : Set.copyOf(vehicleRepository.registeredAmong(wellFormed));
	}

	@Override
	public Optional<UUID> sellingOrganization(String vin) {
		return vehicles.find(vin).flatMap(v -> listings.findOpenByVehicle(v.id())).map(Listing::organizationId);
	}

	@Override
	public Optional<ListingSummary> findListing(long id) {
		return listings.findSummary(id);
	}

	@Override
	public List<ListingSummary> findListings(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : listings.findSummaries(ids);
	}

	@Override
	@Transactional
	public void recordCondition(String vin, VehicleCondition condition) {
		Vehicle vehicle = vehicles.find(vin).orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vin));
		vehicles.recordCondition(vehicle, condition);
		listings.findOpenByVehicle(vehicle.id()).ifPresent(listing -> {
			Search.session(entityManager).indexingPlan().addOrUpdate(listing);
			changes.changed(listing.id());
		});
	}

	@Override
	@Transactional
	public void recordBatteryHealth(String vin, Double sohPercent) {
		Vehicle vehicle = vehicles.find(vin).orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vin));
		vehicles.recordBatteryHealth(vehicle, sohPercent);
		listings.findOpenByVehicle(vehicle.id()).ifPresent(listing -> {
			Search.session(entityManager).indexingPlan().addOrUpdate(listing);
			changes.changed(listing.id());
		});
	}

	@Override
	@Transactional
	public boolean moveListing(long listingId, ListingStatus from, ListingStatus to, UUID actor) {
		return listingService.move(listingId, from, to, actor);
	}

	@Override
	public List<PriceChange> priceHistory(long listingId) {
		return listingService.priceHistory(listingId);
	}

	@Override
	public Optional<ListingFacts> listingFacts(long listingId) {
		return listings.findFacts(listingId);
	}

	@Override
	public List<ListingFacts> listingFacts(Collection<ListingStatus> statuses, int limit) {
		return statuses.isEmpty() || limit <= 0 ? List.of()
				: listings.findFacts(statuses, org.springframework.data.domain.PageRequest.of(0, limit));
	}

	@Override
	public long countActiveListings() {
		return listings.countByStatus(ListingStatus.ACTIVE);
	}

	@Override
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
	public ImportReport importInventory(UUID organizationId, UUID actorId, List<InventoryRow> rows, IntConsumer progress) {
		return importer.importRows(organizationId, actorId, rows, progress);
	}
}

package org.clearlot.catalog.facade;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ImportReport;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.ListingSummary;
import org.clearlot.catalog.importing.InventoryImporter;
import org.clearlot.catalog.listing.Listing;
import org.clearlot.catalog.listing.ListingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CatalogFacade implements CatalogApi {

	private final ListingRepository listings;
	private final InventoryImporter importer;

	CatalogFacade(ListingRepository listings, InventoryImporter importer) {
		this.listings = listings;
		this.importer = importer;
	}

	@Override
	public Optional<ListingSummary> findListing(long id) {
		return listings.findWithVehicle(id).map(CatalogFacade::summary);
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

	private static ListingSummary summary(Listing listing) {
		var vehicle = listing.vehicle();
		return new ListingSummary(listing.id(), vehicle.vin(), vehicle.make(), vehicle.model(), vehicle.year(),
				vehicle.powertrain(), listing.priceFen(), listing.mileageKm(), listing.city(), listing.status(),
				listing.organizationId());
	}
}

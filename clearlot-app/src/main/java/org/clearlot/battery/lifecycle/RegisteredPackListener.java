package org.clearlot.battery.lifecycle;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingPublished;
import org.clearlot.catalog.PackCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an electrified car with a registered pack code goes on sale, its pack's lifecycle starts (if it has not):
 * INSTALLED in that vehicle, as known from its registration.
 */
@Component
class RegisteredPackListener {

	private final CatalogApi catalog;
	private final PackLifecycle lifecycle;

	RegisteredPackListener(CatalogApi catalog, PackLifecycle lifecycle) {
		this.catalog = catalog;
		this.lifecycle = lifecycle;
	}

	@ApplicationModuleListener
	void on(ListingPublished published) {
		catalog.findVehicle(published.vin())
			.filter(vehicle -> vehicle.battery() != null && vehicle.battery().packCode() != null)
			.filter(vehicle -> PackCode.problem(vehicle.battery().packCode()).isEmpty())
			.ifPresent(vehicle -> lifecycle.recordRegisteredInstallation(vehicle.battery().packCode(), vehicle.vin(),
					published.publishedAt()));
	}
}

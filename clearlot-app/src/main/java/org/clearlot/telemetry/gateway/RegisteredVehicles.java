package org.clearlot.telemetry.gateway;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.Vin;
import org.springframework.stereotype.Component;

/**
 * Whether a VIN is registered in Clearlot, asked of the catalog once and remembered (a registered VIN for ten
 * minutes, an unknown one for thirty seconds, so a car registered meanwhile is soon let in).
 */
@Component
class RegisteredVehicles {

	private final CatalogApi catalog;
	private final Cache<String, Boolean> known = Caffeine.newBuilder().maximumSize(200_000)
		.expireAfterWrite(Duration.ofMinutes(10)).build();
	private final Cache<String, Boolean> unknown = Caffeine.newBuilder().maximumSize(50_000)
		.expireAfterWrite(Duration.ofSeconds(30)).build();

	RegisteredVehicles(CatalogApi catalog) {
		this.catalog = catalog;
	}

	boolean isRegistered(String vin) {
		if (vin == null || Vin.check(vin).isPresent()) {
			return false;
		}
		if (known.getIfPresent(vin) != null) {
			return true;
		}
		if (unknown.getIfPresent(vin) != null) {
			return false;
		}
		boolean registered = catalog.findVehicle(vin).isPresent();
		(registered ? known : unknown).put(vin, Boolean.TRUE);
		return registered;
	}
}

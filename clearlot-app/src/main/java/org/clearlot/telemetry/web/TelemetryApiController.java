package org.clearlot.telemetry.web;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.telemetry.IngestResult;
import org.clearlot.telemetry.StoredReading;
import org.clearlot.telemetry.TelemetryApi;
import org.clearlot.telemetry.ingest.JsonIngestion;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Telemetry sources post batches of readings (202 once the accepted ones are durable). The latest reading, which
 * includes the car's position, is for telemetry accounts, admins and the dealers of the organization selling the
 * car; buyers see what matters to them in the battery passport.
 */
@RestController
@RequestMapping("/api/v1")
class TelemetryApiController {

	private final JsonIngestion ingestion;
	private final TelemetryApi telemetry;
	private final CatalogApi catalog;

	TelemetryApiController(JsonIngestion ingestion, TelemetryApi telemetry, CatalogApi catalog) {
		this.ingestion = ingestion;
		this.telemetry = telemetry;
		this.catalog = catalog;
	}

	@PostMapping("/telemetry")
	@ResponseStatus(HttpStatus.ACCEPTED)
	IngestResult ingest(@RequestBody JsonNode body) {
		return ingestion.ingest(body);
	}

	@GetMapping("/vehicles/{vin}/telemetry/latest")
	StoredReading latest(@PathVariable String vin) {
		catalog.findVehicle(vin).orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vin));
		UserAccount user = CurrentUser.require();
		boolean allowed = user.hasRole(Role.TELEMETRY) || user.hasRole(Role.ADMIN) || (user.hasRole(Role.DEALER)
				&& catalog.sellingOrganization(vin).map(user::belongsTo).orElse(false));
		if (!allowed) {
			throw new ForbiddenException("Only the selling dealer, telemetry accounts and admins see a car's telemetry");
		}
		return telemetry.latest(vin)
			.orElseThrow(() -> new NotFoundException("No telemetry has been received for VIN " + vin));
	}
}

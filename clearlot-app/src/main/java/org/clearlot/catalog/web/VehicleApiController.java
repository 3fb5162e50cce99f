package org.clearlot.catalog.web;

import org.clearlot.catalog.NewVehicle;
import org.clearlot.catalog.vehicle.Vehicle;
import org.clearlot.catalog.vehicle.VehicleService;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Vehicle registration (dealers and admins) and public vehicle facts. */
@RestController
@RequestMapping("/api/v1/vehicles")
class VehicleApiController {

	private final VehicleService vehicles;

	VehicleApiController(VehicleService vehicles) {
		this.vehicles = vehicles;
	}

	@PostMapping
	ResponseEntity<VehicleResponse> register(@RequestBody NewVehicle request) {
		UserAccount user = CurrentUser.require();
		Vehicle vehicle = vehicles.register(request, user.organizationId() == null ? user.id() : user.organizationId());
		return ResponseEntity.created(java.net.URI.create("/api/v1/vehicles/" + vehicle.vin()))
				.body(VehicleResponse.of(vehicle));
	}

	@GetMapping("/{vin}")
	VehicleResponse get(@PathVariable String vin) {
		return vehicles.find(vin).map(VehicleResponse::of)
				.orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vin));
	}
}

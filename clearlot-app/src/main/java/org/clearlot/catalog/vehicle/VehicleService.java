package org.clearlot.catalog.vehicle;

import java.util.Optional;
import java.util.UUID;

import org.clearlot.catalog.NewVehicle;
import org.clearlot.catalog.Vin;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers vehicles; a VIN is registered once. */
@Service
@Transactional(readOnly = true)
public class VehicleService {

	private final VehicleRepository vehicles;

	VehicleService(VehicleRepository vehicles) {
		this.vehicles = vehicles;
	}

	@Transactional
	public Vehicle register(NewVehicle input, UUID organizationId) {
		VehicleFacts facts = VehicleRules.validate(input);
		if (vehicles.findByVin(facts.vin().value()).isPresent()) {
			throw new ConflictException("VIN " + facts.vin() + " is already registered");
		}
		return vehicles.saveAndFlush(new Vehicle(facts, organizationId));
	}

	/**
	 * The registered vehicle for these facts: the existing one when the VIN is known and describes the same car,
	 * a newly registered one otherwise. Used by bulk import, where a dealer may re-list a car it registered before.
	 */
	@Transactional
	public Vehicle registerOrReuse(VehicleFacts facts, UUID organizationId) {
		Optional<Vehicle> existing = vehicles.findByVin(facts.vin().value());
		if (existing.isPresent()) {
			if (!existing.get().sameCarAs(facts)) {
				throw new ConflictException(FieldProblem.of("vin", Reason.DIFFERENT_CAR, facts.vin(),
						existing.get().make() + " " + existing.get().model() + " " + existing.get().year()));
			}
			return existing.get();
		}
		return vehicles.save(new Vehicle(facts, organizationId));
	}

	/** Stores the car's latest inspection verdict. */
	@Transactional
	public void recordCondition(Vehicle vehicle, org.clearlot.catalog.VehicleCondition condition) {
		vehicle.recordCondition(condition);
		vehicles.save(vehicle);
	}

	/** Stores the car's latest battery state of health. */
	@Transactional
	public void recordBatteryHealth(Vehicle vehicle, Double sohPercent) {
		vehicle.recordBatteryHealth(sohPercent);
		vehicles.save(vehicle);
	}

	public Optional<Vehicle> find(String vin) {
		if (Vin.problemWith(vin).isPresent()) {
			return Optional.empty();
		}
		return vehicles.findByVin(Vin.of(vin).value());
	}
}

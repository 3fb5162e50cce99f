package org.clearlot.catalog.vehicle;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VehicleRepository extends JpaRepository<Vehicle, Long> {

	/** The vehicle with this VIN (VINs are stored upper-case). */
	Optional<Vehicle> findByVin(String vin);
}

package org.clearlot.catalog.vehicle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VehicleRepository extends JpaRepository<Vehicle, Long> {

	/** The vehicle with this VIN (VINs are stored upper-case). */
	Optional<Vehicle> findByVin(String vin);

	/** Which of these (upper-case) VINs are registered. */
	@org.springframework.data.jpa.repository.Query("select v.vin from Vehicle v where v.vin in :vins")
	List<String> registeredAmong(Collection<String> vins);
}

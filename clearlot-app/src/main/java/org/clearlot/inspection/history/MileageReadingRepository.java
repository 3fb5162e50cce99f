package org.clearlot.inspection.history;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MileageReadingRepository extends JpaRepository<MileageReading, Long> {

	/** A car's readings, oldest first. */
	List<MileageReading> findByVinOrderByReadAtAscIdAsc(String vin);
}

package org.clearlot.inspection.report;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionReportRepository extends JpaRepository<InspectionReport, UUID> {

	/** A VIN's reports in chain order. */
	List<InspectionReport> findByVinOrderByChainPosition(String vin);

	/** The last report in a VIN's chain. */
	Optional<InspectionReport> findFirstByVinOrderByChainPositionDesc(String vin);

	/** Whether a report was already corrected. */
	@Query("select count(r) > 0 from InspectionReport r where r.supersedes = :id")
	boolean isSuperseded(UUID id);
}

package org.clearlot.catalog.importing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRowResultRepository extends JpaRepository<ImportRowResult, ImportRowResult.Key> {

	/** A job's report in row order. */
	List<ImportRowResult> findByJobIdOrderByRowNumber(UUID jobId);
}

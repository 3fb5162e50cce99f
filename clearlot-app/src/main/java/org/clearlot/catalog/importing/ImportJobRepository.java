package org.clearlot.catalog.importing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJob, UUID> {

	/** An organization's most recent imports. */
	List<ImportJob> findTop10ByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

	/** Records progress of a running job. */
	@Modifying
	@Query("update ImportJob j set j.processedRows = :processed where j.id = :id and j.status = 'RUNNING'")
	int updateProgress(UUID id, int processed);

	/** Closes a running job with its totals. */
	@Modifying
	@Query("""
			update ImportJob j set j.processedRows = j.totalRows, j.importedRows = :imported, j.rejectedRows = :rejected,
			j.status = :status, j.finishedAt = CURRENT_TIMESTAMP where j.id = :id and j.status = 'RUNNING'""")
	int finish(UUID id, int imported, int rejected, ImportJob.Status status);

	/** Marks jobs that were running when the application stopped as failed. */
	@Modifying
	@Query("update ImportJob j set j.status = 'FAILED', j.finishedAt = CURRENT_TIMESTAMP where j.status = 'RUNNING'")
	int failInterrupted();
}

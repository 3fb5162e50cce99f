package org.clearlot.catalog.importing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.clearlot.catalog.ImportReport;
import org.clearlot.catalog.importing.CsvInventoryParser.BadFileException;
import org.clearlot.catalog.importing.CsvInventoryParser.Parsed;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs CSV imports in the background and keeps their progress and per-row report in the database, so the browser
 * can poll a progress bar and the report outlives the request (and a restart).
 */
@Service
public class ImportJobService {

	private static final Logger log = LoggerFactory.getLogger(ImportJobService.class);

	private final ImportJobRepository jobs;
	private final ImportRowResultRepository results;
	private final InventoryImporter importer;
	private final Executor executor;
	private final TransactionTemplate transactions;
	private final CatalogProperties properties;

	ImportJobService(ImportJobRepository jobs, ImportRowResultRepository results, InventoryImporter importer,
			@Qualifier("importExecutor") Executor executor, PlatformTransactionManager transactionManager,
			CatalogProperties properties) {
		this.jobs = jobs;
		this.results = results;
		this.importer = importer;
		this.executor = executor;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	/** Reads the file, records the job and starts importing; rejects an unreadable file or one with too many rows. */
	public ImportJob start(UserAccount dealer, String fileName, byte[] content) {
		UUID organization = dealer.organization()
				.orElseThrow(() -> new ForbiddenException("Only a dealer organization's staff can import inventory"));
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", Reason.FILE_EMPTY);
		}
		Parsed parsed;
		try {
			parsed = CsvInventoryParser.parse(content);
		}
		catch (BadFileException bad) {
			throw InvalidInputException.of(List.of(bad.problem()));
		}
		if (parsed.total() == 0) {
			throw InvalidInputException.of("file", Reason.FILE_NO_ROWS);
		}
		if (parsed.total() > properties.importMaxRows()) {
			throw InvalidInputException.of("file", Reason.FILE_TOO_MANY_ROWS, parsed.total(), properties.importMaxRows());
		}
		String name = fileName == null || fileName.isBlank() ? "inventory.csv" : truncate(fileName, 200);
		ImportJob job = transactions.execute(status -> jobs.save(new ImportJob(organization, dealer.id(), name, parsed.total())));
		executor.execute(() -> run(job.id(), organization, dealer.id(), parsed));
		return job;
	}

	private void run(UUID jobId, UUID organization, UUID actor, Parsed parsed) {
		try {
			ImportReport report = importer.importRows(organization, actor, parsed.rows(), parsed.unreadableCells(),
					processed -> transactions.executeWithoutResult(s -> jobs.updateProgress(jobId, processed)));
			transactions.executeWithoutResult(status -> {
				results.saveAll(report.rows().stream().map(row -> new ImportRowResult(jobId, row)).toList());
				jobs.finish(jobId, (int) report.imported(), (int) report.rejected(), ImportJob.Status.COMPLETED);
			});
		}
		catch (RuntimeException failure) {
			log.error("Import job {} failed", jobId, failure);
			transactions.executeWithoutResult(status -> jobs.finish(jobId, 0, 0, ImportJob.Status.FAILED));
		}
	}

	/** The job, for a member of the organization that started it. */
	public ImportJob find(UserAccount viewer, UUID id) {
		ImportJob job = jobs.findById(id).orElseThrow(() -> new NotFoundException("No import " + id));
		if (!viewer.belongsTo(job.organizationId())) {
			throw new ForbiddenException("Import " + id + " belongs to another organization");
		}
		return job;
	}

	public List<ImportRowResult> report(UserAccount viewer, UUID id) {
		return results.findByJobIdOrderByRowNumber(find(viewer, id).id());
	}

	public List<ImportJob> recent(UserAccount dealer) {
		return dealer.organization().map(jobs::findTop10ByOrganizationIdOrderByCreatedAtDesc).orElse(List.of());
	}

	@EventListener(ApplicationReadyEvent.class)
	void failJobsInterruptedByRestart() {
		Integer interrupted = transactions.execute(status -> jobs.failInterrupted());
		if (interrupted != null && interrupted > 0) {
			log.warn("{} import job(s) were interrupted by a restart; rows reported before the stop are committed",
					interrupted);
		}
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}

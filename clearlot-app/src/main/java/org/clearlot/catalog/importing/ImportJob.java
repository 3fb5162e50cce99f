package org.clearlot.catalog.importing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A CSV import run: its progress while running and its totals afterwards. */
@Entity
@Table(schema = "catalog", name = "import_jobs")
public class ImportJob {

	/** Where a job stands. */
	public enum Status {
		RUNNING, COMPLETED, FAILED
	}

	@Id
	private UUID id;

	@Column(name = "organization_id", nullable = false)
	private UUID organizationId;

	@Column(name = "started_by", nullable = false)
	private UUID startedBy;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "total_rows", nullable = false)
	private int totalRows;

	@Column(name = "processed_rows", nullable = false)
	private int processedRows;

	@Column(name = "imported_rows", nullable = false)
	private int importedRows;

	@Column(name = "rejected_rows", nullable = false)
	private int rejectedRows;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	protected ImportJob() {
	}

	ImportJob(UUID organizationId, UUID startedBy, String fileName, int totalRows) {
		this.id = UUID.randomUUID();
		this.organizationId = organizationId;
		this.startedBy = startedBy;
		this.fileName = fileName;
		this.totalRows = totalRows;
		this.status = Status.RUNNING;
		this.createdAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public String fileName() {
		return fileName;
	}

	public int totalRows() {
		return totalRows;
	}

	public int processedRows() {
		return processedRows;
	}

	public int importedRows() {
		return importedRows;
	}

	public int rejectedRows() {
		return rejectedRows;
	}

	public Status status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant finishedAt() {
		return finishedAt;
	}

	/** Progress in percent, 0–100. */
	public int percent() {
		return totalRows == 0 ? 100 : (int) Math.min(100, Math.round(processedRows * 100.0 / totalRows));
	}

	public boolean finished() {
		return status != Status.RUNNING;
	}
}

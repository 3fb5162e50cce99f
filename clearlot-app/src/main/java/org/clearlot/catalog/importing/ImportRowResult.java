package org.clearlot.catalog.importing;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.clearlot.catalog.ImportReport.RowOutcome;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.hibernate.annotations.Immutable;

/** One row of an import's report. */
@Entity
@Immutable
@Table(schema = "catalog", name = "import_row_results")
@IdClass(ImportRowResult.Key.class)
public class ImportRowResult {

	@Id
	@Column(name = "job_id")
	private UUID jobId;

	@Id
	@Column(name = "row_number")
	private int rowNumber;

	private String vin;

	@Column(nullable = false)
	private String outcome;

	@Column(name = "listing_id")
	private Long listingId;

	@Column(nullable = false)
	private String reasons;

	protected ImportRowResult() {
	}

	ImportRowResult(UUID jobId, RowOutcome row) {
		this.jobId = jobId;
		this.rowNumber = row.rowNumber();
		this.vin = row.vin() == null || row.vin().length() > 32 ? null : row.vin();
		this.outcome = row.imported() ? "IMPORTED" : "REJECTED";
		this.listingId = row.listingId();
		this.reasons = ProblemCodec.encode(row.problems());
	}

	public int rowNumber() {
		return rowNumber;
	}

	public String vin() {
		return vin;
	}

	public boolean imported() {
		return "IMPORTED".equals(outcome);
	}

	public Long listingId() {
		return listingId;
	}

	/** The problems in English, "field: message". */
	public List<String> reasons() {
		return problems().stream().map(FieldProblem::english).toList();
	}

	/** The problems, which the UI shows in the reader's language. */
	public List<FieldProblem> problems() {
		return ProblemCodec.decode(reasons);
	}

	/** Composite key: job and row number. */
	public record Key(UUID jobId, int rowNumber) implements Serializable {
		public Key() {
			this(null, 0);
		}
	}
}

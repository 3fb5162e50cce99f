package org.clearlot.catalog;

import java.util.List;

import org.clearlot.platform.web.InvalidInputException.FieldProblem;

/** The outcome of bringing a batch of rows into an inventory: one entry per row, in row order. */
public record ImportReport(List<RowOutcome> rows) {

	public long imported() {
		return rows.stream().filter(RowOutcome::imported).count();
	}

	public long rejected() {
		return rows.size() - imported();
	}

	/** A row's outcome: imported as listing {@code listingId}, or rejected with its problems. */
	public record RowOutcome(int rowNumber, String vin, boolean imported, Long listingId, List<FieldProblem> problems) {

		public static RowOutcome imported(int rowNumber, String vin, long listingId) {
			return new RowOutcome(rowNumber, vin, true, listingId, List.of());
		}

		public static RowOutcome rejected(int rowNumber, String vin, List<FieldProblem> problems) {
			return new RowOutcome(rowNumber, vin, false, null, List.copyOf(problems));
		}

		/** The problems in English, "field: message". */
		public List<String> reasons() {
			return problems.stream().map(FieldProblem::english).toList();
		}
	}
}

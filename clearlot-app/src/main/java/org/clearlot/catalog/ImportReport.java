package org.clearlot.catalog;

import java.util.List;

/** The outcome of bringing a batch of rows into an inventory: one entry per row, in row order. */
public record ImportReport(List<RowOutcome> rows) {

	public long imported() {
		return rows.stream().filter(RowOutcome::imported).count();
	}

	public long rejected() {
		return rows.size() - imported();
	}

	/** A row's outcome: imported as listing {@code listingId}, or rejected with reasons. */
	public record RowOutcome(int rowNumber, String vin, boolean imported, Long listingId, List<String> reasons) {

		public static RowOutcome imported(int rowNumber, String vin, long listingId) {
			return new RowOutcome(rowNumber, vin, true, listingId, List.of());
		}

		public static RowOutcome rejected(int rowNumber, String vin, List<String> reasons) {
			return new RowOutcome(rowNumber, vin, false, null, List.copyOf(reasons));
		}
	}
}

package org.clearlot.inspection;

import java.util.List;
import java.util.Optional;

import org.clearlot.identity.UserAccount;

/** What other modules may ask of the inspection module. */
public interface InspectionApi {

	/** Whether any report was ever filed for this VIN. */
	boolean hasReports(String vin);

	/** The tradability checks of the VIN's latest current report; empty when the car was never inspected. */
	Optional<TradabilityVerdict> tradability(String vin);

	/**
	 * Files reports as one inspector, a hundred per transaction (the demo market's bulk path; the API files one at a
	 * time). Each report follows the same rules as one filed through the API. Returns how many were filed.
	 */
	int fileAll(UserAccount inspector, List<VinReport> reports);

	/** A report to file for a VIN. */
	record VinReport(String vin, ReportDraft draft) {
	}
}

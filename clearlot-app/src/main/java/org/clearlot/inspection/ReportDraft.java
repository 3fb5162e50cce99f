package org.clearlot.inspection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report as an inspector files it (the API body). Findings are told apart by their fields: a {@code position}
 * makes a structural finding, an {@code item} 14–39 a body finding, an item 40–113 any other section's finding.
 * {@code reason} is required for a correction and ignored otherwise.
 */
public record ReportDraft(OffsetDateTime inspectedAt, Integer odometerKm, Tradability tradability,
		List<Finding> findings, Flood flood, Fire fire, Ev ev, String reason) {

	/** The 8 GB/T 30323 tradability checks; {@code allPassed} stands for all of them. */
	public record Tradability(Boolean allPassed, Boolean notDueForScrapping, Boolean notMortgagedOrSupervised,
			Boolean notSeized, Boolean notStolenOrDefrauded, Boolean engineNumberMatches, Boolean vinMatches,
			Boolean notSmuggledOrAssembled, Boolean notOtherwiseBanned) {
	}

	/** One finding; which fields apply depends on its kind (see the record's description). */
	public record Finding(Integer item, String code, Integer degree, Boolean repainted, Boolean replaced,
			Integer paintMicrons, String position, Integer severity, String note, List<java.util.UUID> photos) {
	}

	/** Flood check: the indicators above the water reference line found with water rust or marks. */
	public record Flood(List<String> soakedItems) {
	}

	/** Fire check: the burnt area found. */
	public record Fire(BigDecimal burnAreaM2) {
	}

	/** Clearlot's traction-battery section for PHEV and BEV. */
	public record Ev(Integer insulationResistanceKohm, Integer cellVoltageSpreadMv, Boolean packCasingDamage,
			Boolean underbodyStrikes, Boolean coolingOk, List<String> bmsFaultCodes, Boolean chargingPortsOk,
			Boolean batteryWarrantyTransferable) {
	}
}

package org.clearlot.inspection.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.clearlot.inspection.grading.FloodIndicator;
import org.clearlot.inspection.grading.Grading;
import org.clearlot.inspection.grading.GradingInput.BodyFinding;
import org.clearlot.inspection.grading.GradingInput.ItemFinding;
import org.clearlot.inspection.grading.GradingInput.StructuralFinding;

/**
 * Everything a signed report says, as hashed: the facts the inspector recorded, the grading computed from them,
 * who signed when, and the hash of the previous report in the VIN's chain.
 */
public record ReportContent(UUID id, String vin, int version, UUID supersedes, String correctionReason,
		UUID inspectorId, UUID inspectorOrganization, Instant inspectedAt, Instant signedAt, int odometerKm,
		Tradability tradability, List<BodyFinding> body, List<StructuralFinding> structural, List<ItemFinding> items,
		Set<FloodIndicator> soaked, BigDecimal burnAreaM2, Ev ev, Map<String, List<PhotoRef>> photos, Grading grading,
		String previousHash) {

	/** A photo of a finding, by id and the SHA-256 of its bytes, so the report's hash covers the picture too. */
	public record PhotoRef(UUID id, String sha256) {
	}

	/** The 8 tradability checks, each true when passed. */
	public record Tradability(boolean notDueForScrapping, boolean notMortgagedOrSupervised, boolean notSeized,
			boolean notStolenOrDefrauded, boolean engineNumberMatches, boolean vinMatches, boolean notSmuggledOrAssembled,
			boolean notOtherwiseBanned) {

		public boolean allPassed() {
			return notDueForScrapping && notMortgagedOrSupervised && notSeized && notStolenOrDefrauded
					&& engineNumberMatches && vinMatches && notSmuggledOrAssembled && notOtherwiseBanned;
		}
	}

	/** The EV section; null for cars without a traction battery. */
	public record Ev(Integer insulationResistanceKohm, Integer cellVoltageSpreadMv, boolean packCasingDamage,
			boolean underbodyStrikes, boolean coolingOk, List<String> bmsFaultCodes, boolean chargingPortsOk,
			boolean batteryWarrantyTransferable) {
	}
}

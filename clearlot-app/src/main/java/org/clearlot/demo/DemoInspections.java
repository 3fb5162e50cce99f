package org.clearlot.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.catalog.InventoryRow;
import org.clearlot.inspection.InspectionApi.VinReport;
import org.clearlot.inspection.ReportDraft;
import org.clearlot.inspection.ReportDraft.Finding;

/**
 * Inspection reports for the demo market, one per car, deterministic for a seed: wear that grows with age (young
 * cars grade 1, older ones mostly 2 or 3, with scratches, dents and repainted panels), about 5 % accident cars, 1 % flood cars, 0.5 % fire cars, and about 1 % whose
 * odometer was rolled back (an inspection a year earlier read more kilometres than the dealer now declares).
 */
final class DemoInspections {

	private static final String[] STRUCTURAL = { "LEFT_FRONT_RAIL", "RIGHT_FRONT_RAIL", "LEFT_A_PILLAR", "RIGHT_B_PILLAR",
			"LEFT_FRONT_SHOCK_TOWER", "RIGHT_REAR_SHOCK_TOWER", "SYMMETRY" };
	private static final String[] STRUCTURAL_CODES = { "SH", "GH", "BX", "ZZ", "NQ" };
	private static final String[] BODY_CODES = { "HH", "HH", "HH", "AX", "AX", "XS", "XF" };
	private static final List<String> SOAKED = List.of("CARPET", "FLOOR_HARNESS", "UNDER_SEAT", "SEAT_RAILS",
			"SEAT_BELT_ANCHORS", "SPARE_WHEEL_WELL");

	private DemoInspections() {
	}

	static List<VinReport> generate(long seed, List<InventoryRow> rows, LocalDate today) {
		Dice dice = new Dice(seed ^ 0x1A5EC7L);
		List<VinReport> reports = new ArrayList<>();
		for (InventoryRow row : rows) {
			String vin = row.vehicle().vin();
			int declared = row.listing().mileageKm();
			boolean plugIn = "PHEV".equals(row.vehicle().powertrain()) || "BEV".equals(row.vehicle().powertrain());
			int age = Math.max(0, today.getYear() - row.vehicle().year());
			if (dice.chance(0.01) && age >= 2) {
				reports.add(new VinReport(vin, draft(dice, today.minusDays(dice.between(330, 420)),
						declared + dice.between(30_000, 70_000), plugIn, age - 1, false)));
			}
			reports.add(new VinReport(vin, draft(dice, today.minusDays(dice.between(2, 30)),
					Math.max(0, declared - dice.between(0, 300)), plugIn, age, true)));
		}
		return reports;
	}

	/** A report whose wear grows with the car's age: more and worse findings on older cars. */
	private static ReportDraft draft(Dice dice, LocalDate day, int odometerKm, boolean plugIn, int age,
			boolean mayHaveVerdicts) {
		List<Finding> findings = new ArrayList<>();
		if (mayHaveVerdicts && dice.chance(0.05)) {
			for (int i = dice.between(1, 2); i > 0; i--) {
				findings.add(new Finding(null, pick(dice, STRUCTURAL_CODES), null, null, null, null, pick(dice, STRUCTURAL),
						null, null, null));
			}
		}
		int bodyFindings = Math.min(12, dice.between(0, 1 + age));
		for (int i = 0; i < bodyFindings; i++) {
			boolean repainted = dice.chance(0.35);
			int degree = dice.chance(0.6) ? 1 : dice.chance(0.75) ? 2 : 3;
			findings.add(new Finding(dice.between(14, 39), pick(dice, BODY_CODES), degree, repainted,
					repainted && dice.chance(0.1), repainted ? dice.between(180, 330) : dice.between(95, 140), null, null,
					null, null));
		}
		int itemFindings = Math.min(10, dice.between(0, age));
		java.util.Set<Integer> items = new java.util.HashSet<>();
		for (int i = 0; i < itemFindings; i++) {
			int item = dice.between(40, 92);
			if (items.add(item)) {
				int severity = dice.chance(0.6) ? 1 : dice.chance(0.7 - age * 0.02) ? 2 : 3;
				findings.add(new Finding(item, null, null, null, null, null, null, severity, null, null));
			}
		}
		ReportDraft.Flood flood = null;
		if (mayHaveVerdicts && dice.chance(0.01)) {
			List<String> soaked = new ArrayList<>(SOAKED);
			flood = new ReportDraft.Flood(soaked.subList(0, dice.between(3, 5)));
		}
		ReportDraft.Fire fire = mayHaveVerdicts && dice.chance(0.005)
				? new ReportDraft.Fire(BigDecimal.valueOf(dice.between(6, 20), 1)) : null;
		ReportDraft.Ev ev = plugIn ? new ReportDraft.Ev(dice.between(500, 3_000), dice.between(8, 45), false,
				dice.chance(0.03), true, List.of(), true, dice.chance(0.8)) : null;
		return new ReportDraft(day.atTime(dice.between(9, 17), 0).atOffset(ZoneOffset.ofHours(8)), odometerKm,
				new ReportDraft.Tradability(true, null, null, null, null, null, null, null, null), findings, flood, fire, ev,
				null);
	}

	private static String pick(Dice dice, String[] values) {
		return values[dice.between(0, values.length - 1)];
	}
}

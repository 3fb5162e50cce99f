package org.clearlot.simulator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.clearlot.simulator.BatteryTruth;
import org.clearlot.simulator.VehicleSpec;

/** Each vehicle's TRUE battery state at the end, as a console table and optionally as CSV. */
final class TruthReport {

	private static final String HEADER = "vin,chemistry,usage,city,nominal_capacity_ah,start_soh,true_soh,"
			+ "usable_capacity_ah,start_odometer_km,odometer_km,equivalent_full_cycles,charge_throughput_ah,"
			+ "energy_throughput_kwh,failed";

	private TruthReport() {
	}

	record Row(VehicleSpec spec, BatteryTruth truth) {
	}

	static void print(List<Row> rows, PrintWriter out) {
		out.printf("%-17s %-4s %-12s %-10s %8s %8s %8s %10s %7s%n", "VIN", "CHEM", "USAGE", "CITY", "START", "TRUE",
				"ΔSOH", "ODOMETER", "EFC");
		for (Row row : rows) {
			BatteryTruth t = row.truth();
			out.printf(Locale.ROOT, "%-17s %-4s %-12s %-10s %7.2f%% %7.2f%% %+7.2f %9.1f %7.1f%s%n", t.vin(),
					row.spec().pack().chemistry(), row.spec().usage(), row.spec().city().name(), t.startSoh() * 100,
					t.soh() * 100, (t.soh() - t.startSoh()) * 100, t.odometerKm(), t.equivalentFullCycles(),
					t.failed() ? "  THERMAL EVENT" : "");
		}
		out.flush();
	}

	static void writeCsv(List<Row> rows, Path file) throws IOException {
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println(HEADER);
			for (Row row : rows) {
				BatteryTruth t = row.truth();
				VehicleSpec s = row.spec();
				out.printf(Locale.ROOT, "%s,%s,%s,%s,%.1f,%.5f,%.5f,%.3f,%.1f,%.1f,%.3f,%.1f,%.1f,%s%n", t.vin(),
						s.pack().chemistry(), s.usage(), s.city().name().replace(",", " "), t.nominalCapacityAh(),
						t.startSoh(), t.soh(), t.usableCapacityAh(), s.startOdometerKm(), t.odometerKm(),
						t.equivalentFullCycles(), t.chargeThroughputAh(), t.energyThroughputKwh(), t.failed());
			}
		}
	}
}

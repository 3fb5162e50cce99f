package org.clearlot.battery.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.benchmark.BenchmarkReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The state-of-health error on larger simulated fleets than the test's: three seeds of 100 cars over 90 days of 10 s
 * readings, and one at 30 s, each car's estimate against the simulator's truth. Writes the "soh" section of
 * docs/soh-method.md. Run: {@code mvn -B -pl clearlot-app -am test -Dtest=SohAccuracyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (about three minutes).
 */
@Tag("benchmark")
class SohAccuracyBenchmark {

	private static final Instant EPOCH = Instant.parse("2026-03-01T00:00:00Z");
	private static final int CARS = Integer.getInteger("benchmark.cars", 100);
	private static final Duration HISTORY = Duration.ofDays(Integer.getInteger("benchmark.days", 90));

	@Test
	void errorOnSimulatedFleets() throws IOException {
		List<String> rows = new ArrayList<>();
		for (long seed : new long[] { 1, 2, 3 }) {
			rows.add(row(seed, Duration.ofSeconds(10)));
		}
		rows.add(row(1, Duration.ofSeconds(30)));
		String content = "Measured " + LocalDate.now() + " with `mvn -B -pl clearlot-app -am test "
				+ "-Dtest=SohAccuracyBenchmark -Dsurefire.failIfNoSpecifiedTests=false`: " + CARS + " simulated cars per "
				+ "fleet, " + HISTORY.toDays() + " days from " + EPOCH.toString().substring(0, 10) + ", error = estimate − "
				+ "true SoH in SoH points at the car's last reading, over the cars given an estimate.\n\n"
				+ "| fleet seed | reading every | cars with an estimate | mean absolute error | worst | mean error (bias) "
				+ "| truth inside the 90 % range |\n|---:|---:|---:|---:|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
		BenchmarkReport.write(Path.of("..", "docs", "soh-method.md"), "soh", content);
	}

	private static String row(long seed, Duration interval) {
		SimulatedFleetAccuracy.Result result = SimulatedFleetAccuracy.run(seed, EPOCH, CARS, HISTORY, interval);
		return String.format("| %d | %d s | %.0f %% | %.2f | %.2f | %+.2f | %.0f %% |", seed, interval.toSeconds(),
				result.coverage() * 100, result.meanAbsoluteError(), result.worstError(), result.meanError(),
				result.rangeHitRate() * 100);
	}
}

package org.clearlot.inspection.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.inspection.history.OdometerCheck.Flag;
import org.clearlot.inspection.history.OdometerCheck.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OdometerCheckTests {

	final OdometerCheck check = new OdometerCheck(100, 1500);

	/** Readings as "day:km" pairs separated by spaces; the expected flag codes separated by spaces. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"0:10000 100:15000 400:30000 | ",
			"0:10000 100:9950 | ",
			"0:10000 100:9800 | ROLLBACK",
			"0:80000 10:82000 20:45000 30:46000 | ROLLBACK ROLLBACK",
			"0:10000 1:12000 | IMPLAUSIBLE_RATE",
			"0:10000 2:12900 | ",
			"0:10000 0:10500 | ",
			"0:10000 0:12000 | IMPLAUSIBLE_RATE",
			"0:50000 | " })
	void flagsRollbacksAndImplausibleRates(String readings, String expected) {
		List<Reading> parsed = new ArrayList<>();
		for (String pair : readings.split(" ")) {
			String[] parts = pair.split(":");
			parsed.add(new Reading("TEST", Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * Integer.parseInt(parts[0])),
					Integer.parseInt(parts[1])));
		}
		List<String> codes = check.check(parsed).stream().map(Flag::code).toList();
		assertThat(codes).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
	}
}

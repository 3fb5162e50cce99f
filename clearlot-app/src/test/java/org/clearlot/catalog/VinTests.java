package org.clearlot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VinTests {

	@ParameterizedTest
	@ValueSource(strings = { "1M8GDM9AXKP042788", "11111111111111111", "LRW3E7EA6MC123456", "LSVAU2187N2123456", "lsvau2187n2123456" })
	void acceptsVinsWithTheRightCheckDigit(String vin) {
		assertThat(Vin.problemWith(vin)).isEmpty();
		assertThat(Vin.of(vin).value()).isEqualTo(vin.toUpperCase());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"1M8GDM9A1KP042788 | check digit (position 9) is '1' but should be 'X'",
			"LSVAU2187N212345  | 17 characters, not 16",
			"LSVAU2187N21234567| 17 characters, not 18",
			"LSVAU2187N212345O | must not contain I, O or Q",
			"ISVAU2187N2123456 | must not contain I, O or Q",
			"LSVAU2187N21234-6 | may only contain digits and letters" })
	void explainsWhatIsWrong(String vin, String reason) {
		assertThat(Vin.problemWith(vin)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
		assertThatIllegalArgumentException().isThrownBy(() -> Vin.of(vin));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void requiresAValue(String vin) {
		assertThat(Vin.problemWith(vin)).contains("VIN is required");
		assertThat(Vin.problemWith(null)).contains("VIN is required");
	}
}

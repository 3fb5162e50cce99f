package org.clearlot.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"12580000 | ¥125,800", "100 | ¥1", "12580050 | ¥125,800.50", "0 | ¥0", "-200000 | -¥2,000", "1000000000000 | ¥10,000,000,000" })
	void showsFenAsYuanInBothLanguages(long fen, String expected) {
		assertThat(MoneyFormat.yuan(fen, Locale.ENGLISH)).isEqualTo(expected);
		assertThat(MoneyFormat.yuan(fen, Locale.SIMPLIFIED_CHINESE)).isEqualTo(expected);
	}
}

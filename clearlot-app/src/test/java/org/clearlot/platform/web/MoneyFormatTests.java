package org.clearlot.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,280.50 | 128050", "800 | 80000", " 0.01 | 1" })
	void readsTypedYuanAsFen(String typed, long fen) {
		assertThat(MoneyFormat.fenOfYuan("refundYuan", typed)).isEqualTo(fen);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1.005 | TWO_DECIMALS", "-5 | NEGATIVE", "eight hundred | NOT_NUMBER" })
	void refusesWhatIsNotAnAmount(String typed, String code) {
		assertThatThrownBy(() -> MoneyFormat.fenOfYuan("refundYuan", typed)).isInstanceOfSatisfying(
				InvalidInputException.class, invalid -> assertThat(invalid.fieldProblems()).singleElement()
					.satisfies(problem -> {
						assertThat(problem.field()).isEqualTo("refundYuan");
						assertThat(problem.code()).isEqualTo("problem." + code);
					}));
		assertThat(MoneyFormat.fenOfYuan("refundYuan", " ")).isNull();
	}
}

package org.clearlot.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.clearlot.catalog.Vin;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class ProblemMessagesTests {

	final ProblemMessages problems = new ProblemMessages(bundles());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void showsAFieldProblemInTheReadersLanguage() {
		FieldProblem checkDigit = Vin.check("LSVAU2180N2123456").orElseThrow();
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(problems.text(checkDigit)).isEqualTo("车架号（VIN）：车架号校验位（第 9 位）为“0”，应为“7”");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(problems.text(checkDigit)).isEqualTo("VIN: VIN check digit (position 9) is '0' but should be '7'");
	}

	@Test
	void fallsBackToTheEnglishTextForUncodedProblems() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(problems.message(new FieldProblem("row", "Something odd"))).isEqualTo("Something odd");
		assertThat(problems.message(FieldProblem.of("mileageKm", Reason.RANGE, 0, 2_000_000))).isEqualTo("须在 0 到 2000000 之间");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}

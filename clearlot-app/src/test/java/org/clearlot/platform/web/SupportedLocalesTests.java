package org.clearlot.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportedLocalesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"zh-CN,zh;q=0.9,en;q=0.8 | zh", "en-US,en;q=0.9,zh-CN;q=0.5 | en", "zh-TW | zh", "fr-FR,de;q=0.8 | en",
			"fr-FR,zh;q=0.5 | zh", "null | en", "garbage;;q= | en" })
	void picksChineseOrEnglishFromTheBrowsersPreferences(String header, String language) {
		assertThat(SupportedLocales.fromAcceptLanguage(header).getLanguage()).isEqualTo(language);
	}

	@ParameterizedTest
	@CsvSource({ "zh-CN, zh", "zh_CN, zh", "ZH, zh", "en, en", "xx, en" })
	void interpretsTheLanguageSwitch(String tag, String language) {
		Locale locale = SupportedLocales.fromTag(tag);
		assertThat(locale.getLanguage()).isEqualTo(language);
	}
}

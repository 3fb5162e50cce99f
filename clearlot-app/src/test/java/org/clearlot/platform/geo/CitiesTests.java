package org.clearlot.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitiesTests {

	@ParameterizedTest
	@ValueSource(strings = { "Xi'an", "xian", "XI'AN", "西安", "西安市", " Xi’an " })
	void findsCitiesByPinyinOrChineseName(String name) {
		assertThat(Cities.find(name)).map(City::id).contains("Xi'an");
	}

	@Test
	void unknownCitiesAreNotFound() {
		assertThat(Cities.find("Atlantis")).isEmpty();
		assertThat(Cities.find("")).isEmpty();
		assertThat(Cities.find(null)).isEmpty();
	}

	@Test
	void displaysNamesInTheViewersLanguage() {
		assertThat(Cities.displayName("Wuhan", Locale.SIMPLIFIED_CHINESE)).isEqualTo("武汉");
		assertThat(Cities.displayName("Wuhan", Locale.ENGLISH)).isEqualTo("Wuhan");
		assertThat(Cities.all()).hasSizeGreaterThanOrEqualTo(30);
	}
}

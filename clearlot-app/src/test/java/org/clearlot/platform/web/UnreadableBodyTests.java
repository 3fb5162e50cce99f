package org.clearlot.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.json.JsonMapper;

class UnreadableBodyTests {

	record Finding(Integer item, Integer degree) {
	}

	record Body(Integer odometerKm, java.time.OffsetDateTime inspectedAt, java.util.List<Finding> findings) {
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"inspectedAt\":\"nope\"} | Field 'inspectedAt' has an invalid value 'nope'",
			"{\"findings\":[{\"item\":1},{\"degree\":\"x\"}]} | Field 'findings[1].degree'",
			"{\"odometerKm\":99999999999} | out of range (field 'odometerKm')",
			"[] | a JSON object is expected",
			"{bad | not valid JSON" })
	void namesTheFieldOrSaysWhatIsWrong(String json, String expected) {
		HttpMessageNotReadableException failure;
		try {
			JsonMapper.builder().build().readValue(json, Body.class);
			throw new AssertionError("expected a failure for " + json);
		}
		catch (RuntimeException jackson) {
			failure = new HttpMessageNotReadableException("unreadable", jackson, (HttpInputMessage) null);
		}
		assertThat(UnreadableBody.describe(failure)).contains(expected);
	}
}

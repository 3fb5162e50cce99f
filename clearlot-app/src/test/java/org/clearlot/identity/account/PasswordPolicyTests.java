package org.clearlot.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "Correct-Horse-9", "tea kettle no", "bluewhale57x", "上海-car-2026" })
	void acceptsReasonablePasswordsWithoutWhitespaceOrRuns(String password) {
		boolean acceptable = policy.weaknesses("wang", password).isEmpty();
		assertThat(acceptable).isEqualTo(!password.contains(" "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"short1!     | 10 or more characters",
			"abcdefghijk | 2 are required",
			"xx12345yyzz | illegal numerical sequence",
			"wang-the-great-1 | contains the user id",
			"Password123 | commonly used",
			"aaaa-bbbb-11 | repeated" })
	void explainsWhyAPasswordIsWeak(String password, String reason) {
		assertThat(policy.weaknesses("wang", password))
				.anySatisfy(weakness -> assertThat(weakness.message()).containsIgnoringCase(reason))
				.allSatisfy(weakness -> assertThat(weakness.code()).startsWith("password."));
	}
}

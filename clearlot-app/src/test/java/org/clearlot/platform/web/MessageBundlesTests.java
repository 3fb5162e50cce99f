package org.clearlot.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every UI string exists in both languages, and every reason a field can be invalid has its Chinese wording. */
class MessageBundlesTests {

	@Test
	void bothLanguagesHaveTheSameUiStrings() throws IOException {
		Set<String> english = uiKeys(load("messages.properties"));
		Set<String> chinese = uiKeys(load("messages_zh_CN.properties"));
		assertThat(chinese).containsExactlyInAnyOrderElementsOf(english);
	}

	@Test
	void everyReasonAndPasswordRuleHasChineseWording() throws IOException {
		Properties chinese = load("messages_zh_CN.properties");
		assertThat(Arrays.stream(Reason.values()).map(Reason::code)).allSatisfy(code -> assertThat(chinese).containsKey(code));
		assertThat(chinese).containsKeys("password.TOO_SHORT", "password.INSUFFICIENT_CHARACTERISTICS",
				"password.ILLEGAL_NUMERICAL_SEQUENCE", "password.ILLEGAL_USERNAME", "password.ILLEGAL_REPEATED_CHARS",
				"password.COMMON", "password.REQUIRED");
	}

	/** Keys other than the problem wordings, whose English lives with the code that reports them. */
	private static Set<String> uiKeys(Properties bundle) {
		Set<String> keys = new TreeSet<>(bundle.stringPropertyNames());
		keys.removeIf(key -> key.startsWith("problem.") || key.startsWith("password."));
		return keys;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}

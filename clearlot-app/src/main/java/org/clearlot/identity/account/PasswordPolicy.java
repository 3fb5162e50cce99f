package org.clearlot.identity.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterRule;
import org.passay.EnglishCharacterData;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharactersRule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.WhitespaceRule;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Strength rules for self-chosen passwords, checked with Passay: 10–128 characters, at least two kinds of
 * character, no whitespace, not containing the username, no runs such as "1234" or "qwer", no character
 * repeated four times, and not one of the passwords most often found in breaches.
 */
@Component
class PasswordPolicy {

	private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "iloveyou12",
			"password1!", "woaini1314", "aa123456789", "a1234567890", "abc1234567", "admin12345", "clearlot123");

	private final PasswordValidator validator = new PasswordValidator(List.of(
			new LengthRule(10, 128),
			new WhitespaceRule(),
			new UsernameRule(true, true),
			new CharacterCharacteristicsRule(2,
					new CharacterRule(EnglishCharacterData.Alphabetical, 1),
					new CharacterRule(EnglishCharacterData.Digit, 1),
					new CharacterRule(EnglishCharacterData.Special, 1)),
			new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 4, false),
			new IllegalSequenceRule(EnglishSequenceData.Numerical, 4, false),
			new IllegalSequenceRule(EnglishSequenceData.USQwerty, 4, false),
			new RepeatCharactersRule(4, 1)));

	/**
	 * Every reason the password is too weak, each with Passay's English message and the code {@code password.<ERROR>}
	 * under which the UI finds its Chinese wording; empty when the password is acceptable.
	 */
	List<FieldProblem> weaknesses(String username, String password) {
		if (password == null || password.isEmpty()) {
			return List.of(new FieldProblem("password", "Password is required", "password.REQUIRED", List.of()));
		}
		RuleResult result = validator.validate(new PasswordData(username == null ? "" : username, password));
		List<String> messages = validator.getMessages(result);
		List<FieldProblem> reasons = new ArrayList<>();
		for (int i = 0; i < result.getDetails().size(); i++) {
			RuleResultDetail detail = result.getDetails().get(i);
			reasons.add(new FieldProblem("password", messages.get(i), "password." + detail.getErrorCode(), List.of()));
		}
		if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			reasons.add(new FieldProblem("password", "Password is one of the most commonly used passwords.",
					"password.COMMON", List.of()));
		}
		return reasons;
	}
}

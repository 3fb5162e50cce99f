package org.clearlot.platform.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A well-formed request that a business rule refuses (a return after the return window, an idempotency key reused
 * for a different request). The API answers 422 with the rule's name in {@code rule}; the UI shows the message
 * {@code rule.<RULE>} in the reader's language with the same arguments.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
public class RuleViolationException extends RuntimeException {

	private final String rule;
	private final List<String> args;

	public RuleViolationException(String rule, String englishDetail, Object... args) {
		super(englishDetail);
		this.rule = rule;
		this.args = Arrays.stream(args).map(String::valueOf).toList();
	}

	public String rule() {
		return rule;
	}

	public String messageCode() {
		return "rule." + rule;
	}

	public List<String> args() {
		return args;
	}
}

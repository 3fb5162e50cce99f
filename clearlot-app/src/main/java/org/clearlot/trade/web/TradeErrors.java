package org.clearlot.trade.web;

import java.util.Locale;

import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.ProblemMessages;
import org.clearlot.platform.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reader's-language message for a refused trade action on a page: a rule names itself ({@code rule.<RULE>}),
 * invalid fields are listed in the reader's language, and a conflict (the deal moved on meanwhile) says so.
 */
@Component
class TradeErrors {

	private final MessageSource messages;
	private final ProblemMessages problems;

	TradeErrors(MessageSource messages, ProblemMessages problems) {
		this.messages = messages;
		this.problems = problems;
	}

	/** The message for a refusal, or null when the exception is not one a user can cause (then it propagates). */
	String message(RuntimeException refused) {
		Locale locale = LocaleContextHolder.getLocale();
		if (refused instanceof RuleViolationException rule) {
			return messages.getMessage(rule.messageCode(), rule.args().toArray(), rule.getMessage(), locale);
		}
		if (refused instanceof InvalidInputException invalid) {
			return invalid.fieldProblems().stream().map(problems::text).collect(java.util.stream.Collectors.joining("; "));
		}
		if (refused instanceof ConflictException conflict) {
			return conflict.problem().map(problems::text)
				.orElseGet(() -> messages.getMessage("trade.conflict", null, locale));
		}
		if (refused instanceof NotFoundException) {
			return messages.getMessage("trade.notFound", null, locale);
		}
		return null;
	}

	/** Runs a page action; returns null on success or the reader's message when it was refused. */
	String attempt(Runnable action) {
		try {
			action.run();
			return null;
		}
		catch (RuleViolationException | InvalidInputException | ConflictException | NotFoundException refused) {
			return message(refused);
		}
	}
}

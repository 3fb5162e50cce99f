package org.clearlot.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows field problems in the reader's language, from templates as {@code ${@problems.text(problem)}}: the field's
 * label ({@code field.<name>}) and the message ({@code problem.<REASON>}), falling back to the English text.
 */
@Component("problems")
public class ProblemMessages {

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** "label: message" (with a full-width colon in Chinese). */
	public String text(FieldProblem problem) {
		return label(problem.field()) + (SupportedLocales.isChinese(locale()) ? "：" : ": ") + message(problem);
	}

	/** The message alone, for display beside the field's input. */
	public String message(FieldProblem problem) {
		if (problem.code() == null) {
			return problem.message();
		}
		// No default message here: Spring would run the English text through MessageFormat and lose its quotes.
		String localized = messages.getMessage(problem.code(), problem.args().toArray(), null, locale());
		return localized == null ? problem.message() : localized;
	}

	/** Several problems of one field, joined. */
	public String messages(List<FieldProblem> problems) {
		return problems.stream().map(this::message).collect(Collectors.joining("; "));
	}

	public String label(String field) {
		String key = "field." + field.replace("battery.nominalCapacityAh", "batteryCapacityAh")
				.replace("battery.nominalVoltageV", "batteryVoltageV").replace("battery.chemistry", "batteryChemistry")
				.replace("battery.packCode", "batteryPackCode");
		return messages.getMessage(key, null, field, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}

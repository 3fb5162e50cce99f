package org.clearlot.transfer.web;

import java.time.LocalDate;
import java.util.Locale;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.Powertrain;
import org.clearlot.platform.geo.City;
import org.clearlot.transfer.eligibility.EligibilityRules.CheckName;
import org.clearlot.transfer.eligibility.Finding;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words reasons and steps in the reader's language ({@code transfer.finding.<code>}), naming emission standards,
 * powertrains, checks and cities the way the rest of the UI does. Pages use it as {@code @transferText}.
 */
@Component("transferText")
public class FindingText {

	private final MessageSource messages;

	FindingText(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Finding finding) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] args = finding.args().stream().map(arg -> word(arg, locale)).toArray();
		return messages.getMessage("transfer.finding." + finding.code(), args, locale);
	}

	private String word(Object arg, Locale locale) {
		if (arg instanceof EmissionStandard standard) {
			return messages.getMessage("emissionStandard." + standard.name(), null, locale);
		}
		if (arg instanceof Powertrain powertrain) {
			return messages.getMessage("powertrain." + powertrain.name(), null, locale);
		}
		if (arg instanceof City city) {
			return city.displayName(locale);
		}
		if (arg instanceof CheckName check) {
			return messages.getMessage("transfer.check." + check.name(), null, check.name(), locale);
		}
		if (arg instanceof LocalDate date) {
			return date.toString();
		}
		return String.valueOf(arg);
	}
}

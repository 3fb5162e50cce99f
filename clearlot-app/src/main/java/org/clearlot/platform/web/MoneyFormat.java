package org.clearlot.platform.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats integer fen as yuan for display: {@code 12580000} → {@code ¥125,800}; fen are shown only when there
 * are any ({@code ¥125,800.50}). Used from templates as {@code ${@money.yuan(fen)}}.
 */
@Component("money")
public class MoneyFormat {

	public String yuan(long fen) {
		return yuan(fen, LocaleContextHolder.getLocale());
	}

	public static String yuan(long fen, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setGroupingUsed(true);
		boolean whole = fen % 100 == 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		String sign = fen < 0 ? "-" : "";
		return sign + "¥" + format.format(Math.abs(fen) / 100.0);
	}

	/**
	 * An amount in yuan as a person types it ("1,280.50") in fen; null when empty. Refuses text that is not a
	 * number, more than two decimals and negative amounts as invalid input of {@code field}.
	 */
	public static Long fenOfYuan(String field, String yuan) {
		if (yuan == null || yuan.isBlank()) {
			return null;
		}
		java.math.BigDecimal amount;
		try {
			amount = new java.math.BigDecimal(yuan.strip().replace(",", ""));
		}
		catch (NumberFormatException notANumber) {
			throw InvalidInputException.of(field, Reason.NOT_NUMBER, yuan);
		}
		if (amount.signum() < 0) {
			throw InvalidInputException.of(field, Reason.NEGATIVE);
		}
		try {
			return amount.movePointRight(2).longValueExact();
		}
		catch (ArithmeticException fraction) {
			throw InvalidInputException.of(field, Reason.TWO_DECIMALS, yuan);
		}
	}
}

package org.clearlot.platform.web;

import java.util.List;
import java.util.Locale;

/** Maps whatever a browser or a link asks for onto one of the two languages Clearlot speaks. */
public final class SupportedLocales {

	private SupportedLocales() {
	}

	/** Picks zh-CN or en from an Accept-Language header by the browser's priority order; English if neither. */
	public static Locale fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String tag = range.getRange().toLowerCase(Locale.ROOT);
				if (tag.startsWith("zh")) {
					return Locale.SIMPLIFIED_CHINESE;
				}
				if (tag.startsWith("en")) {
					return Locale.ENGLISH;
				}
			}
		}
		catch (IllegalArgumentException malformedHeader) {
			return Locale.ENGLISH;
		}
		return Locale.ENGLISH;
	}

	/** Interprets a language switch value such as {@code zh-CN}, {@code zh_CN}, {@code zh} or {@code en}. */
	public static Locale fromTag(String tag) {
		if (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh")) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		return Locale.ENGLISH;
	}

	public static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage());
	}

	public static List<Locale> all() {
		return LocaleConfiguration.SUPPORTED;
	}
}

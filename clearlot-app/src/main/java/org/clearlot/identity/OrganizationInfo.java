package org.clearlot.identity;

import java.util.Locale;
import java.util.UUID;

/** An organization's public facts. {@code city} is a pinyin city id. */
public record OrganizationInfo(UUID id, String nameEn, String nameZh, OrganizationKind kind, String city) {

	public String displayName(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}
}

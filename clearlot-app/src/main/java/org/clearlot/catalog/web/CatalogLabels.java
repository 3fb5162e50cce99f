package org.clearlot.catalog.web;

import java.util.Locale;

import org.clearlot.catalog.vehicle.MakeNames;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.web.MoneyFormat;
import org.clearlot.platform.web.SupportedLocales;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Localized labels for catalog values, used from templates as {@code ${@labels.city(listing.city)}}: makes, models
 * and cities in Chinese or English, enum values from the message bundles, and price and mileage ranges.
 */
@Component("labels")
public class CatalogLabels {

	private final MessageSource messages;

	CatalogLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String make(String make) {
		return MakeNames.make(make, locale());
	}

	public String model(String model) {
		return MakeNames.model(model, locale());
	}

	public String city(String city) {
		return Cities.displayName(city, locale());
	}

	/** The label of an enum value: message key {@code <kind>.<VALUE>}, e.g. {@code powertrain.BEV}. */
	public String of(String kind, Object value) {
		if (value == null) {
			return "—";
		}
		String name = value instanceof Enum<?> e ? e.name() : value.toString();
		return messages.getMessage(kind + "." + name, null, name, locale());
	}

	/** "Battery health ≥ 80 %", in the reader's language. */
	public String registrableIn(String city) {
		return messages.getMessage("search.registerIn.chip", new Object[] { city(city) }, locale());
	}

	public String sohAtLeast(int percent) {
		return messages.getMessage("battery.atLeast", new Object[] { percent }, locale());
	}

	public String title(int year, String make, String model) {
		return year + " " + make(make) + " " + model(model);
	}

	public String priceRange(Long minFen, Long maxFen) {
		Locale locale = locale();
		if (minFen == null || minFen == 0) {
			return messages.getMessage("range.under", new Object[] { MoneyFormat.yuan(maxFen, locale) }, locale);
		}
		if (maxFen == null) {
			return messages.getMessage("range.over", new Object[] { MoneyFormat.yuan(minFen, locale) }, locale);
		}
		return MoneyFormat.yuan(minFen, locale) + "–" + MoneyFormat.yuan(maxFen, locale);
	}

	public String mileageRange(Long minKm, Long maxKm) {
		Locale locale = locale();
		if (minKm == null || minKm == 0) {
			return messages.getMessage("range.under", new Object[] { km(maxKm) }, locale);
		}
		if (maxKm == null) {
			return messages.getMessage("range.over", new Object[] { km(minKm) }, locale);
		}
		return km(minKm) + "–" + km(maxKm);
	}

	/** Kilometres: "30,000 km", or "3万公里" in Chinese for round ten-thousands. */
	public String km(Number value) {
		if (value == null) {
			return "—";
		}
		long km = value.longValue();
		if (SupportedLocales.isChinese(locale())) {
			if (km >= 10_000 && km % 1_000 == 0) {
				return java.math.BigDecimal.valueOf(km, 4).stripTrailingZeros().toPlainString() + "万公里";
			}
			return String.format(Locale.ROOT, "%,d公里", km);
		}
		return String.format(Locale.ENGLISH, "%,d km", km);
	}


	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}

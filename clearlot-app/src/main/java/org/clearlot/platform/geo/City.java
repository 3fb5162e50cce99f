package org.clearlot.platform.geo;

import java.util.Locale;

import org.clearlot.platform.web.SupportedLocales;

/**
 * A prefecture-level Chinese city, identified in the API by its pinyin name ({@code "Xi'an"}).
 *
 * @param id pinyin name used as identifier
 * @param nameZh Chinese name
 * @param provinceEn province (or municipality) in English
 * @param provinceZh province (or municipality) in Chinese
 * @param latitude the city centre's latitude in degrees
 * @param longitude the city centre's longitude in degrees
 */
public record City(String id, String nameZh, String provinceEn, String provinceZh, double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0;

	public String displayName(Locale locale) {
		return SupportedLocales.isChinese(locale) ? nameZh : id;
	}

	/** The great-circle distance between the two city centres, in kilometres (haversine formula). */
	public double distanceKm(City other) {
		double dLat = Math.toRadians(other.latitude - latitude);
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}

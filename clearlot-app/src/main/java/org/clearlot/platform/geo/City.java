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
 */
public record City(String id, String nameZh, String provinceEn, String provinceZh) {

	public String displayName(Locale locale) {
		return SupportedLocales.isChinese(locale) ? nameZh : id;
	}
}

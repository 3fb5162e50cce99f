package org.clearlot.demo;

import java.util.List;

import org.clearlot.identity.OrganizationKind;

/**
 * A demo organization and, for sellers, where and what it sells.
 *
 * @param key stable short name, used to find the organization's staff account
 * @param homeCity pinyin id of the city the organization is registered in
 * @param stores cities where it lists cars, home city first (empty for non-sellers)
 * @param share relative share of the demo listings it holds
 * @param focus what kind of cars it mostly sells
 * @param brand the only make a certified pre-owned programme sells, otherwise null
 */
record DemoOrganization(String key, String nameEn, String nameZh, OrganizationKind kind, String homeCity,
		List<String> stores, double share, Focus focus, String brand) {

	boolean sells() {
		return kind.sellsCars() && share > 0;
	}

	/** A dealer's assortment. */
	enum Focus {
		/** Everything, in market proportions. */
		GENERAL,
		/** Mostly German luxury cars and premium new-energy cars. */
		PREMIUM,
		/** Mostly battery-electric and plug-in cars. */
		NEW_ENERGY,
		/** One brand, at most six years old (a certified pre-owned programme). */
		BRAND
	}
}

package org.clearlot.transfer.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.Powertrain;

/**
 * One version of a transfer rule, as stored. A rule is its kind in a jurisdiction ("CN" for the whole country, or a
 * city's pinyin id); versions are never edited, a change is a new version.
 *
 * @param active false when this version repeals the rule from {@code effectiveFrom}
 * @param minStandard for {@link RuleKind#hasMinStandard()} kinds
 * @param quota for {@link RuleKind#PLATE_QUOTA}: how each powertrain gets its quota
 * @param source where the rule comes from, in English; {@code sourceZh} the same in Chinese (may be null)
 * @param note a caveat in English (may be null); {@code noteZh} in Chinese
 * @param recordedBy the admin who recorded the version; null for rules shipped with the release
 */
public record TransferRule(UUID id, RuleKind kind, String jurisdiction, int version, LocalDate effectiveFrom,
		boolean active, EmissionStandard minStandard, Quota quota, RuleBasis basis, String source, String note,
		String sourceZh, String noteZh, Instant recordedAt, UUID recordedBy) {

	/** The whole country. */
	public static final String NATIONAL = "CN";

	/** The rule's stable identifier: kind and jurisdiction, e.g. {@code INBOUND_EMISSION/Hangzhou}. */
	public String ruleId() {
		return key(kind, jurisdiction);
	}

	/** The source in the reader's language: Chinese where given, else English. */
	public String source(java.util.Locale locale) {
		return org.clearlot.platform.web.SupportedLocales.isChinese(locale) && sourceZh != null ? sourceZh : source;
	}

	/** The note in the reader's language, or null. */
	public String note(java.util.Locale locale) {
		return org.clearlot.platform.web.SupportedLocales.isChinese(locale) && noteZh != null ? noteZh : note;
	}

	public boolean national() {
		return NATIONAL.equals(jurisdiction);
	}

	/** The rule id with its version, e.g. {@code INBOUND_EMISSION/Hangzhou@3}. */
	public String versionId() {
		return ruleId() + "@" + version;
	}

	public static String key(RuleKind kind, String jurisdiction) {
		return kind.name() + "/" + jurisdiction;
	}

	/** How a buyer obtains a plate quota, per powertrain. */
	public record Quota(QuotaPolicy ice, QuotaPolicy hev, QuotaPolicy phev, QuotaPolicy bev) {

		/** The policies by powertrain name, in powertrain order. */
		public java.util.Map<String, String> byPowertrain() {
			java.util.Map<String, String> policies = new java.util.LinkedHashMap<>();
			for (Powertrain powertrain : Powertrain.values()) {
				policies.put(powertrain.name(), of(powertrain).name());
			}
			return policies;
		}

		public QuotaPolicy of(Powertrain powertrain) {
			return switch (powertrain) {
				case ICE -> ice;
				case HEV -> hev;
				case PHEV -> phev;
				case BEV -> bev;
			};
		}
	}
}

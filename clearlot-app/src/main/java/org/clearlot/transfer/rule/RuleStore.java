package org.clearlot.transfer.rule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.clearlot.catalog.EmissionStandard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The transfer rules table: versions are inserted, never updated. */
@Repository
class RuleStore {

	private static final String COLUMNS = "id, kind, jurisdiction, version, effective_from, active, min_standard, "
			+ "quota_ice, quota_hev, quota_phev, quota_bev, basis, source, note, source_zh, note_zh, recorded_at, recorded_by";

	private final JdbcTemplate jdbc;

	RuleStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<TransferRule> all() {
		return jdbc.query("SELECT " + COLUMNS + " FROM transfer.rules ORDER BY rule_key, version", RuleStore::map);
	}

	/** The highest version of a rule, locking the rule's rows so that concurrent additions number in turn. */
	int lockLatestVersion(String ruleKey) {
		jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended('transfer-rule:' || ?, 0))", ruleKey);
		Integer latest = jdbc.queryForObject("SELECT max(version) FROM transfer.rules WHERE rule_key = ?",
				Integer.class, ruleKey);
		return latest == null ? 0 : latest;
	}

	void insert(TransferRule r) {
		TransferRule.Quota q = r.quota();
		jdbc.update("INSERT INTO transfer.rules (rule_key, " + COLUMNS + ") "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.ruleId(), r.id(), r.kind().name(),
				r.jurisdiction(), r.version(), r.effectiveFrom(), r.active(), name(r.minStandard()),
				q == null ? null : name(q.ice()), q == null ? null : name(q.hev()), q == null ? null : name(q.phev()),
				q == null ? null : name(q.bev()), r.basis().name(), r.source(), r.note(), r.sourceZh(), r.noteZh(),
				Timestamp.from(r.recordedAt()), r.recordedBy());
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static TransferRule map(ResultSet rs, int row) throws SQLException {
		String ice = rs.getString("quota_ice");
		TransferRule.Quota quota = ice == null ? null
				: new TransferRule.Quota(QuotaPolicy.valueOf(ice), QuotaPolicy.valueOf(rs.getString("quota_hev")),
						QuotaPolicy.valueOf(rs.getString("quota_phev")), QuotaPolicy.valueOf(rs.getString("quota_bev")));
		String minStandard = rs.getString("min_standard");
		return new TransferRule(rs.getObject("id", UUID.class), RuleKind.valueOf(rs.getString("kind")),
				rs.getString("jurisdiction"), rs.getInt("version"), rs.getObject("effective_from", LocalDate.class),
				rs.getBoolean("active"), minStandard == null ? null : EmissionStandard.valueOf(minStandard), quota,
				RuleBasis.valueOf(rs.getString("basis")), rs.getString("source"), rs.getString("note"),
				rs.getString("source_zh"), rs.getString("note_zh"), rs.getTimestamp("recorded_at").toInstant(), rs.getObject("recorded_by", UUID.class));
	}
}

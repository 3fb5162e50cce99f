package org.clearlot.telemetry.store;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.clearlot.telemetry.TelemetryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code telemetry.readings} partitioned by calendar month (UTC): at start and every hour it makes sure a
 * partition exists for every month from the retention limit to three months ahead, and drops partitions that lie
 * wholly before the retention limit. Instances take a transaction-scoped advisory lock, so only one does it at a
 * time. Readings outside the partitioned range are refused before they reach the table.
 */
@Component
class PartitionMaintenance implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);
	static final int MONTHS_AHEAD = 3;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final TelemetryProperties properties;
	private final Clock clock;

	PartitionMaintenance(JdbcTemplate jdbc, TransactionTemplate transactions, TelemetryProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		maintain();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
	void maintain() {
		transactions.executeWithoutResult(status -> {
			jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('telemetry.partitions'))");
			Instant now = clock.instant();
			YearMonth first = YearMonth.from(now.minus(properties.retention()).atOffset(ZoneOffset.UTC));
			YearMonth last = YearMonth.from(now.atOffset(ZoneOffset.UTC)).plusMonths(MONTHS_AHEAD);
			for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
				create(month);
			}
			for (String partition : existing()) {
				YearMonth month = YearMonth.parse(partition.substring("readings_".length()).replace('_', '-'));
				if (month.isBefore(first)) {
					jdbc.execute("DROP TABLE telemetry." + partition);
					log.info("Dropped telemetry partition {} (older than the retention of {})", partition,
							properties.retention());
				}
			}
		});
	}

	private void create(YearMonth month) {
		String name = name(month);
		jdbc.execute("CREATE TABLE IF NOT EXISTS telemetry." + name + " PARTITION OF telemetry.readings FOR VALUES FROM ('"
				+ month.atDay(1) + " 00:00:00+00') TO ('" + month.plusMonths(1).atDay(1) + " 00:00:00+00')");
	}

	private List<String> existing() {
		return jdbc.queryForList("""
				SELECT child.relname FROM pg_inherits
				JOIN pg_class parent ON parent.oid = pg_inherits.inhparent
				JOIN pg_class child ON child.oid = pg_inherits.inhrelid
				JOIN pg_namespace ns ON ns.oid = parent.relnamespace
				WHERE ns.nspname = 'telemetry' AND parent.relname = 'readings' ORDER BY child.relname""", String.class);
	}

	static String name(YearMonth month) {
		return "readings_" + month.getYear() + "_" + String.format("%02d", month.getMonthValue());
	}
}

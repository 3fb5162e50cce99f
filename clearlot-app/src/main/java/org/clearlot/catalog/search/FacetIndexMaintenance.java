package org.clearlot.catalog.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the {@link FacetIndex} equal to the ACTIVE listings in PostgreSQL: loads them all before the application
 * serves requests, re-reads the listings a transaction changed right after it commits, and every few seconds
 * catches up with listings changed elsewhere (another instance, a bulk SQL load) by their {@code updated_at}.
 */
@Component
class FacetIndexMaintenance implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FacetIndexMaintenance.class);
	private static final String SELECT = """
			SELECT l.id, l.status, l.price_fen, l.mileage_km, l.city, l.updated_at, l.published_at, v.make, v.model, v.powertrain,
			       v.model_year, v.emission_standard, v.body_type, v.inspection_grade, v.accident, v.flood, v.fire,
			       v.battery_soh_percent
			FROM catalog.listings l JOIN catalog.vehicles v ON v.id = l.vehicle_id""";

	private final FacetIndex index;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate readOnly;
	private volatile Instant caughtUpTo = Instant.EPOCH;

	FacetIndexMaintenance(FacetIndex index, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.index = index;
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		Instant startedAt = databaseNow();
		readOnly.executeWithoutResult(status -> {
			jdbc.setFetchSize(10_000);
			jdbc.query(SELECT + " WHERE l.status = 'ACTIVE'", (ResultSet row) -> {
				index.put(toListing(row));
			});
		});
		caughtUpTo = startedAt;
		log.info("Facet index loaded {} active listings in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
	}

	/** Re-reads these listings and updates the index; called after the transaction that changed them commits. */
	void refresh(Collection<Long> listingIds) {
		if (listingIds.isEmpty()) {
			return;
		}
		Set<Long> missing = new HashSet<>(listingIds);
		new NamedParameterJdbcTemplate(jdbc).query(SELECT + " WHERE l.id IN (:ids)",
				java.util.Map.of("ids", List.copyOf(listingIds)), (ResultSet row) -> {
					missing.remove(row.getLong("id"));
					apply(row);
				});
		missing.forEach(index::remove);
	}

	/** Applies changes committed by anyone since the last catch-up (with a margin for in-flight transactions). */
	@Scheduled(fixedDelayString = "${clearlot.catalog.facet-catch-up:PT10S}", initialDelayString = "PT10S")
	void catchUp() {
		Instant now = databaseNow();
		Instant since = caughtUpTo.minusSeconds(30);
		jdbc.query(SELECT + " WHERE l.updated_at > ?", (ResultSet row) -> {
			apply(row);
		}, Timestamp.from(since));
		caughtUpTo = now;
	}

	private void apply(ResultSet row) throws SQLException {
		if ("ACTIVE".equals(row.getString("status"))) {
			index.put(toListing(row));
		}
		else {
			index.remove(row.getLong("id"));
		}
	}

	private Instant databaseNow() {
		return jdbc.queryForObject("SELECT now()", Timestamp.class).toInstant();
	}

	private static IndexedListing toListing(ResultSet row) throws SQLException {
		Timestamp publishedAt = row.getTimestamp("published_at");
		return new IndexedListing(row.getLong("id"), row.getString("make").intern(), row.getString("model").intern(),
				row.getString("powertrain").intern(), row.getString("city").intern(), row.getInt("model_year"),
				row.getString("emission_standard").intern(), row.getString("body_type").intern(), row.getLong("price_fen"),
				row.getInt("mileage_km"), publishedAt == null ? 0 : publishedAt.getTime(), condition(row), soh(row));
	}

	private static IndexedListing.Condition condition(ResultSet row) throws SQLException {
		int grade = row.getInt("inspection_grade");
		if (row.wasNull()) {
			return null;
		}
		return new IndexedListing.Condition(grade, row.getBoolean("accident"), row.getBoolean("flood"), row.getBoolean("fire"));
	}

	private static Double soh(ResultSet row) throws SQLException {
		float soh = row.getFloat("battery_soh_percent");
		return row.wasNull() ? null : Double.valueOf(Float.toString(soh));
	}

	/** The index itself is a plain object; this makes it a bean. */
	@Configuration(proxyBeanMethods = false)
	static class FacetIndexConfiguration {

		@Bean
		FacetIndex facetIndex() {
			return new FacetIndex();
		}
	}
}

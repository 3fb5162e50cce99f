package org.clearlot.pricing.sales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.clearlot.catalog.ListingFacts;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.Powertrain;
import org.clearlot.platform.db.Jdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Completed sales ({@code pricing.sales}); a sale returned after completion stays recorded but no longer counts. */
@Repository
public class SaleStore {

	private final JdbcTemplate jdbc;

	SaleStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a sale once: the same order again is ignored. */
	void add(UUID orderId, long priceFen, Instant completedAt, ListingFacts car) {
		jdbc.update("""
				INSERT INTO pricing.sales (order_id, listing_id, organization_id, price_fen, completed_at, make, model,
				    trim, model_year, first_registration_date, powertrain, mileage_km, city, grade, accident, flood, fire,
				    soh_percent)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (order_id) DO NOTHING""", orderId, car.id(), car.organizationId(), priceFen,
				Jdbc.ts(completedAt), car.make(), car.model(), car.trim(), car.year(), car.firstRegistrationDate(),
				car.powertrain().name(), car.mileageKm(), car.city(), car.grade(), car.accident(), car.flood(), car.fire(),
				car.batterySohPercent());
	}

	/** The order's car came back after the sale completed: it no longer counts as a sale. */
	void returned(UUID orderId, Instant at) {
		jdbc.update("UPDATE pricing.sales SET returned_at = ? WHERE order_id = ? AND returned_at IS NULL", Jdbc.ts(at),
				orderId);
	}

	/** Sales that count (not returned), newest first, at most {@code limit}. */
	public List<CompletedSale> counted(int limit) {
		return jdbc.query("""
				SELECT order_id, listing_id, organization_id, price_fen, completed_at, make, model, trim, model_year,
				    first_registration_date, powertrain, mileage_km, city, grade, accident, flood, fire, soh_percent
				FROM pricing.sales WHERE returned_at IS NULL ORDER BY completed_at DESC LIMIT ?""",
				(row, n) -> new CompletedSale(row.getObject("order_id", UUID.class), row.getLong("price_fen"),
						Jdbc.instant(row, "completed_at"),
						new ListingFacts(row.getLong("listing_id"), row.getString("make"), row.getString("model"),
								row.getString("trim"), row.getInt("model_year"),
								row.getObject("first_registration_date", java.time.LocalDate.class),
								Powertrain.valueOf(row.getString("powertrain")), row.getLong("price_fen"),
								row.getInt("mileage_km"), row.getString("city"), ListingStatus.SOLD,
								row.getObject("organization_id", UUID.class), row.getObject("grade", Integer.class),
								row.getObject("accident", Boolean.class), row.getObject("flood", Boolean.class),
								row.getObject("fire", Boolean.class), row.getObject("soh_percent", Double.class), null,
								Jdbc.instant(row, "completed_at"))),
				limit);
	}

	/** Counted sales by month (Beijing time, {@code yyyy-MM}) and city: count and total price. */
	public List<MonthCitySales> byMonthAndCity() {
		return jdbc.query("""
				SELECT to_char(completed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, city, count(*) AS sales,
				    sum(price_fen) AS total_fen
				FROM pricing.sales WHERE returned_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2""",
				(row, n) -> new MonthCitySales(row.getString("month"), row.getString("city"), row.getInt("sales"),
						row.getLong("total_fen")));
	}

	/** Completed sales of one month in one city. */
	public record MonthCitySales(String month, String city, int sales, long totalFen) {
	}
}

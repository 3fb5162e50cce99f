package org.clearlot.trade.order;

import static org.clearlot.platform.db.Jdbc.instant;
import static org.clearlot.platform.db.Jdbc.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Orders in PostgreSQL; every status change is a guarded update ({@code WHERE status = :from}). */
@Repository
public class OrderStore {

	private static final String COLUMNS = "id, reservation_id, listing_id, vin, buyer_id, organization_id, status, "
			+ "price_fen, deposit_fen, delivery_fee_fen, balance_fen, delivery_method, delivery_address, delivery_city, "
			+ "delivery_distance_km, delivery_eta_days, balance_payment_id, pay_by, condition_report_id, "
			+ "condition_accident, condition_flood, condition_fire, handover_at, handover_note, delivered_at, "
			+ "handover_odometer_km, return_window_ends_at, completed_at, created_at, updated_at";

	private final JdbcTemplate jdbc;

	OrderStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Order o) {
		jdbc.update("INSERT INTO trade.orders (" + COLUMNS + ") VALUES (" + "?, ".repeat(29) + "?)", o.id(),
				o.reservationId(), o.listingId(), o.vin(), o.buyerId(), o.organizationId(), o.status().name(),
				o.priceFen(), o.depositFen(), o.deliveryFeeFen(), o.balanceFen(), o.deliveryMethod().name(),
				o.deliveryAddress(), o.deliveryCity(), o.deliveryDistanceKm(), o.deliveryEtaDays(), o.balancePaymentId(),
				ts(o.payBy()), o.conditionReportId(), o.accident(), o.flood(), o.fire(), ts(o.handoverAt()),
				o.handoverNote(), ts(o.deliveredAt()), o.handoverOdometerKm(), ts(o.returnWindowEndsAt()),
				ts(o.completedAt()), ts(o.createdAt()), ts(o.updatedAt()));
	}

	public Optional<Order> find(UUID id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.orders WHERE id = ?", this::map, id).stream().findFirst();
	}

	public Optional<Order> lock(UUID id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.orders WHERE id = ? FOR UPDATE", this::map, id).stream()
			.findFirst();
	}

	public Optional<Order> ofReservation(UUID reservationId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.orders WHERE reservation_id = ?", this::map, reservationId)
			.stream().findFirst();
	}

	/** Moves the order from {@code from} to {@code to}; false when it was not in {@code from}. */
	public boolean transition(UUID id, OrderStatus from, OrderStatus to, Instant at) {
		if (!from.canBecome(to)) {
			throw new IllegalArgumentException("An order cannot go from " + from + " to " + to);
		}
		return jdbc.update("UPDATE trade.orders SET status = ?, updated_at = ? WHERE id = ? AND status = ?", to.name(),
				ts(at), id, from.name()) == 1;
	}

	void attachBalancePayment(UUID id, UUID paymentId) {
		jdbc.update("UPDATE trade.orders SET balance_payment_id = ? WHERE id = ?", paymentId, id);
	}

	void scheduleHandover(UUID id, Instant handoverAt, String note) {
		jdbc.update("UPDATE trade.orders SET handover_at = ?, handover_note = ? WHERE id = ?", ts(handoverAt), note, id);
	}

	void recordDelivery(UUID id, Instant at, int odometerKm, Instant returnWindowEndsAt) {
		jdbc.update("""
				UPDATE trade.orders SET delivered_at = ?, handover_odometer_km = ?, return_window_ends_at = ?
				WHERE id = ?""", ts(at), odometerKm, ts(returnWindowEndsAt), id);
	}

	void recordCompletion(UUID id, Instant at) {
		jdbc.update("UPDATE trade.orders SET completed_at = ? WHERE id = ?", ts(at), id);
	}

	/** DELIVERED orders whose return window closed without an open dispute. */
	List<UUID> dueForCompletion(Instant now, int limit) {
		return jdbc.queryForList("""
				SELECT o.id FROM trade.orders o
				WHERE o.status = 'DELIVERED' AND o.return_window_ends_at <= ?
				  AND NOT EXISTS (SELECT 1 FROM trade.disputes d WHERE d.order_id = o.id AND d.status IN ('OPEN', 'ANSWERED'))
				ORDER BY o.return_window_ends_at LIMIT ?""", UUID.class, ts(now), limit);
	}

	/** Orders whose balance was not paid in time. */
	List<UUID> unpaidPastDeadline(Instant now, int limit) {
		return jdbc.queryForList("SELECT id FROM trade.orders WHERE status = 'AWAITING_PAYMENT' AND pay_by <= ? LIMIT ?",
				UUID.class, ts(now), limit);
	}

	public List<Order> ofBuyer(UUID buyerId, int limit) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.orders WHERE buyer_id = ? ORDER BY created_at DESC LIMIT ?",
				this::map, buyerId, limit);
	}

	public List<Order> ofOrganization(UUID organizationId, int limit) {
		return jdbc.query("SELECT " + COLUMNS
				+ " FROM trade.orders WHERE organization_id = ? ORDER BY updated_at DESC LIMIT ?", this::map,
				organizationId, limit);
	}

	/** Orders in one status, latest change first (admins follow refunds this way). */
	public List<Order> ofStatus(OrderStatus status, int limit) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.orders WHERE status = ? ORDER BY updated_at DESC LIMIT ?",
				this::map, status.name(), limit);
	}

	/** The latest order for a listing, if any (what a sold listing's badge depends on). */
	public Optional<Order> latestForListing(long listingId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.orders WHERE listing_id = ? ORDER BY created_at DESC LIMIT 1",
				this::map, listingId).stream().findFirst();
	}

	/** Completed sales of an organization: the only sales Clearlot counts. */
	public long completedSales(UUID organizationId) {
		return jdbc.queryForObject("SELECT count(*) FROM trade.orders WHERE organization_id = ? AND status = 'COMPLETED'",
				Long.class, organizationId);
	}

	private Order map(ResultSet row, int n) throws SQLException {
		return new Order(row.getObject("id", UUID.class), row.getObject("reservation_id", UUID.class),
				row.getLong("listing_id"), row.getString("vin"), row.getObject("buyer_id", UUID.class),
				row.getObject("organization_id", UUID.class), OrderStatus.valueOf(row.getString("status")),
				row.getLong("price_fen"), row.getLong("deposit_fen"), row.getLong("delivery_fee_fen"),
				row.getLong("balance_fen"), DeliveryMethod.valueOf(row.getString("delivery_method")),
				row.getString("delivery_address"), row.getString("delivery_city"),
				(Integer) row.getObject("delivery_distance_km"), (Integer) row.getObject("delivery_eta_days"),
				row.getObject("balance_payment_id", UUID.class), instant(row, "pay_by"),
				row.getObject("condition_report_id", UUID.class), row.getBoolean("condition_accident"),
				row.getBoolean("condition_flood"), row.getBoolean("condition_fire"), instant(row, "handover_at"),
				row.getString("handover_note"), instant(row, "delivered_at"),
				(Integer) row.getObject("handover_odometer_km"), instant(row, "return_window_ends_at"),
				instant(row, "completed_at"), instant(row, "created_at"), instant(row, "updated_at"));
	}
}

package org.clearlot.trade.returns;

import static org.clearlot.platform.db.Jdbc.instant;
import static org.clearlot.platform.db.Jdbc.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.trade.order.OrderStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Returns in PostgreSQL; every status change is a guarded update. */
@Repository
class ReturnStore {

	private static final String COLUMNS = "id, order_id, status, reason_code, reason, order_status_before, "
			+ "declared_odometer_km, received_odometer_km, fee_fen, refund_fen, check_notes, requested_at, decided_at";

	private final JdbcTemplate jdbc;

	ReturnStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CarReturn r) {
		jdbc.update("INSERT INTO trade.returns (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
				r.orderId(), r.status().name(), r.reasonCode().name(), r.reason(), r.orderStatusBefore().name(),
				r.declaredOdometerKm(), r.receivedOdometerKm(), r.feeFen(), r.refundFen(), r.checkNotes(),
				ts(r.requestedAt()), ts(r.decidedAt()));
	}

	Optional<CarReturn> lock(UUID id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.returns WHERE id = ? FOR UPDATE", this::map, id).stream()
			.findFirst();
	}

	List<CarReturn> ofOrder(UUID orderId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.returns WHERE order_id = ? ORDER BY requested_at", this::map,
				orderId);
	}

	/** The order's return that is approved and awaiting its refund, if any. */
	Optional<CarReturn> approvedOf(UUID orderId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.returns WHERE order_id = ? AND status = 'APPROVED'",
				this::map, orderId).stream().findFirst();
	}

	boolean transition(UUID id, ReturnStatus from, ReturnStatus to) {
		if (!from.canBecome(to)) {
			throw new IllegalArgumentException("A return cannot go from " + from + " to " + to);
		}
		return jdbc.update("UPDATE trade.returns SET status = ? WHERE id = ? AND status = ?", to.name(), id,
				from.name()) == 1;
	}

	void recordReceipt(UUID id, int odometerKm) {
		jdbc.update("UPDATE trade.returns SET received_odometer_km = ? WHERE id = ?", odometerKm, id);
	}

	void recordDecision(UUID id, Long feeFen, Long refundFen, String notes, Instant at) {
		jdbc.update("UPDATE trade.returns SET fee_fen = ?, refund_fen = ?, check_notes = ?, decided_at = ? WHERE id = ?",
				feeFen, refundFen, notes, ts(at), id);
	}

	private CarReturn map(ResultSet row, int n) throws SQLException {
		return new CarReturn(row.getObject("id", UUID.class), row.getObject("order_id", UUID.class),
				ReturnStatus.valueOf(row.getString("status")), ReturnReason.valueOf(row.getString("reason_code")),
				row.getString("reason"), OrderStatus.valueOf(row.getString("order_status_before")),
				row.getInt("declared_odometer_km"), (Integer) row.getObject("received_odometer_km"),
				(Long) row.getObject("fee_fen"), (Long) row.getObject("refund_fen"), row.getString("check_notes"),
				instant(row, "requested_at"), instant(row, "decided_at"));
	}
}

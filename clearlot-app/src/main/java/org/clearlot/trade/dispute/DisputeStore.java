package org.clearlot.trade.dispute;

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

/** Disputes in PostgreSQL; at most one open per order (partial unique index). */
@Repository
class DisputeStore {

	private static final String COLUMNS = "id, order_id, status, reason, opened_by, outcome, refund_fen, decision, "
			+ "decided_by, opened_at, decided_at";

	private final JdbcTemplate jdbc;

	DisputeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Dispute d) {
		jdbc.update("INSERT INTO trade.disputes (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.id(),
				d.orderId(), d.status().name(), d.reason(), d.openedBy(), null, null, null, null, ts(d.openedAt()), null);
	}

	Optional<Dispute> lock(UUID id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.disputes WHERE id = ? FOR UPDATE", this::map, id).stream()
			.findFirst();
	}

	Optional<Dispute> find(UUID id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.disputes WHERE id = ?", this::map, id).stream().findFirst();
	}

	List<Dispute> ofOrder(UUID orderId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.disputes WHERE order_id = ? ORDER BY opened_at", this::map,
				orderId);
	}

	List<Dispute> open(int limit) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.disputes WHERE status IN ('OPEN', 'ANSWERED') "
				+ "ORDER BY opened_at LIMIT ?", this::map, limit);
	}

	List<Dispute> recent(int limit) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.disputes ORDER BY opened_at DESC LIMIT ?", this::map, limit);
	}

	boolean transition(UUID id, DisputeStatus from, DisputeStatus to) {
		if (!from.canBecome(to)) {
			throw new IllegalArgumentException("A dispute cannot go from " + from + " to " + to);
		}
		return jdbc.update("UPDATE trade.disputes SET status = ? WHERE id = ? AND status = ?", to.name(), id,
				from.name()) == 1;
	}

	void recordDecision(UUID id, DisputeOutcome outcome, Long refundFen, String decision, UUID admin, Instant at) {
		jdbc.update("""
				UPDATE trade.disputes SET outcome = ?, refund_fen = ?, decision = ?, decided_by = ?, decided_at = ?
				WHERE id = ?""", outcome.name(), refundFen, decision, admin, ts(at), id);
	}

	private Dispute map(ResultSet row, int n) throws SQLException {
		String outcome = row.getString("outcome");
		return new Dispute(row.getObject("id", UUID.class), row.getObject("order_id", UUID.class),
				DisputeStatus.valueOf(row.getString("status")), row.getString("reason"),
				row.getObject("opened_by", UUID.class), outcome == null ? null : DisputeOutcome.valueOf(outcome),
				(Long) row.getObject("refund_fen"), row.getString("decision"), row.getObject("decided_by", UUID.class),
				instant(row, "opened_at"), instant(row, "decided_at"));
	}
}

package org.clearlot.trade.reservation;

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

/** Reservations in PostgreSQL; every status change is a guarded update. */
@Repository
public class ReservationStore {

	private static final String COLUMNS = "id, listing_id, vin, buyer_id, organization_id, status, price_fen, "
			+ "deposit_fen, deposit_payment_id, deposit_paid_at, created_at, pay_by, expires_at, closed_at";

	private final JdbcTemplate jdbc;

	ReservationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many cars the buyer holds now. Takes a transaction-scoped advisory lock on the buyer first, so that two
	 * concurrent reservations of one buyer count one after the other.
	 */
	int lockAndCountHeld(UUID buyerId) {
		jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", Object.class, "hold:" + buyerId);
		return jdbc.queryForObject("SELECT count(*) FROM trade.reservations WHERE buyer_id = ? AND status = 'HELD'",
				Integer.class, buyerId);
	}

	void insert(Reservation r) {
		jdbc.update("INSERT INTO trade.reservations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				r.id(), r.listingId(), r.vin(), r.buyerId(), r.organizationId(), r.status().name(), r.priceFen(),
				r.depositFen(), r.depositPaymentId(), ts(r.depositPaidAt()), ts(r.createdAt()), ts(r.payBy()),
				ts(r.expiresAt()), ts(r.closedAt()));
	}

	public Optional<Reservation> find(UUID id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.reservations WHERE id = ?", this::map, id).stream()
			.findFirst();
	}

	/** The reservation, locked until the end of the transaction. */
	public Optional<Reservation> lock(UUID id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.reservations WHERE id = ? FOR UPDATE", this::map, id)
			.stream().findFirst();
	}

	/** Moves the reservation from {@code from} to {@code to}; false when it was not in {@code from}. */
	public boolean transition(UUID id, ReservationStatus from, ReservationStatus to, Instant at) {
		if (!from.canBecome(to)) {
			throw new IllegalArgumentException("A reservation cannot go from " + from + " to " + to);
		}
		return jdbc.update("""
				UPDATE trade.reservations SET status = ?,
				    closed_at = CASE WHEN ? IN ('CANCELLED', 'EXPIRED', 'CLOSED') THEN ? ELSE closed_at END
				WHERE id = ? AND status = ?""", to.name(), to.name(), ts(at), id, from.name()) == 1;
	}

	void attachDepositPayment(UUID id, UUID paymentId) {
		jdbc.update("UPDATE trade.reservations SET deposit_payment_id = ? WHERE id = ? AND status = 'HELD'", paymentId,
				id);
	}

	/** Records the deposit as received, if the reservation still holds the car with this payment. */
	boolean markDepositPaid(UUID id, UUID paymentId, Instant at) {
		return jdbc.update("""
				UPDATE trade.reservations SET deposit_paid_at = ?
				WHERE id = ? AND status = 'HELD' AND deposit_payment_id = ? AND deposit_paid_at IS NULL""", ts(at), id,
				paymentId) == 1;
	}

	/** HELD reservations whose hold or deposit deadline passed. */
	List<UUID> due(Instant now, int limit) {
		return jdbc.queryForList("""
				SELECT id FROM trade.reservations
				WHERE status = 'HELD' AND (expires_at <= ? OR (deposit_paid_at IS NULL AND pay_by <= ?))
				ORDER BY expires_at LIMIT ?""", UUID.class, ts(now), ts(now), limit);
	}

	public List<Reservation> ofBuyer(UUID buyerId, int limit) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.reservations WHERE buyer_id = ? ORDER BY created_at DESC LIMIT ?",
				this::map, buyerId, limit);
	}

	public List<Reservation> ofOrganization(UUID organizationId, int limit) {
		return jdbc.query("SELECT " + COLUMNS
				+ " FROM trade.reservations WHERE organization_id = ? ORDER BY created_at DESC LIMIT ?", this::map,
				organizationId, limit);
	}

	/** The reservation that holds the listing now, if any. */
	public Optional<Reservation> holding(long listingId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM trade.reservations WHERE listing_id = ? AND status IN ('HELD', 'ORDERED')",
				this::map, listingId).stream().findFirst();
	}

	private Reservation map(ResultSet row, int n) throws SQLException {
		return new Reservation(row.getObject("id", UUID.class), row.getLong("listing_id"), row.getString("vin"),
				row.getObject("buyer_id", UUID.class), row.getObject("organization_id", UUID.class),
				ReservationStatus.valueOf(row.getString("status")), row.getLong("price_fen"), row.getLong("deposit_fen"),
				row.getObject("deposit_payment_id", UUID.class), instant(row, "deposit_paid_at"),
				instant(row, "created_at"), instant(row, "pay_by"), instant(row, "expires_at"),
				instant(row, "closed_at"));
	}
}

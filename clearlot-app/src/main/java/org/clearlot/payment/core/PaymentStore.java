package org.clearlot.payment.core;

import static org.clearlot.platform.db.Jdbc.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.payment.NewPayment;
import org.clearlot.payment.PaymentStatus;
import org.clearlot.payment.PaymentView;
import org.clearlot.payment.RefundStatus;
import org.clearlot.payment.RefundView;
import org.clearlot.payment.provider.PaymentProvider.ProviderIntent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Payments and refunds in PostgreSQL; every status change is a guarded update with a history row. */
@Repository
class PaymentStore {

	private static final String COLUMNS = "p.id, p.purpose, p.reference, p.payer_id, p.amount_fen, p.status, "
			+ "p.provider, p.checkout_url, p.created_at, p.captured_at, "
			+ "(SELECT coalesce(sum(r.amount_fen), 0) FROM payment.refunds r WHERE r.payment_id = p.id) AS refunded";

	private final JdbcTemplate jdbc;
	private final boolean sandbox;

	PaymentStore(JdbcTemplate jdbc, org.clearlot.payment.provider.PaymentProvider provider) {
		this.jdbc = jdbc;
		this.sandbox = provider.sandbox();
	}

	void insert(UUID id, NewPayment payment, String provider, ProviderIntent intent) {
		jdbc.update("""
				INSERT INTO payment.payments (id, purpose, reference, payer_id, amount_fen, description, status,
				    provider, provider_intent_id, checkout_url)
				VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""", id, payment.purpose().name(), payment.reference(),
				payment.payerId(), payment.amountFen(), payment.description() == null ? "" : payment.description(),
				provider, intent.intentId(), intent.checkoutUrl());
		history(id, null, PaymentStatus.PENDING, "requested");
	}

	/** Moves the payment to {@code target} if it is in one of {@code from}; returns whether it did. */
	boolean transition(UUID id, Collection<PaymentStatus> from, PaymentStatus target, Instant at, String cause) {
		List<String> previous = jdbc.queryForList("""
				UPDATE payment.payments p SET status = ?, updated_at = ?,
				    captured_at = CASE WHEN ? = 'CAPTURED' THEN ? ELSE captured_at END
				FROM (SELECT id, status FROM payment.payments WHERE id = ? FOR UPDATE) old
				WHERE p.id = old.id AND old.status = ANY (?)
				RETURNING old.status""", String.class, target.name(), Timestamp.from(at), target.name(),
				Timestamp.from(at), id, from.stream().map(Enum::name).toArray(String[]::new));
		if (previous.isEmpty()) {
			return false;
		}
		history(id, PaymentStatus.valueOf(previous.get(0)), target, cause);
		return true;
	}

	private void history(UUID id, PaymentStatus from, PaymentStatus to, String cause) {
		jdbc.update("INSERT INTO payment.status_history (payment_id, from_status, to_status, cause) VALUES (?, ?, ?, ?)",
				id, from == null ? null : from.name(), to.name(), cause);
	}

	Optional<PaymentView> find(UUID id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM payment.payments p WHERE p.id = ?", this::payment, id).stream()
			.findFirst();
	}

	/** The payment, locked until the end of the transaction (for refunds, which must not exceed it). */
	Optional<PaymentView> lock(UUID id) {
		jdbc.query("SELECT id FROM payment.payments WHERE id = ? FOR UPDATE", row -> { }, id);
		return find(id);
	}

	Optional<PaymentView> findByIntent(String provider, String intentId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM payment.payments p WHERE p.provider = ? AND p.provider_intent_id = ?",
				this::payment, provider, intentId).stream().findFirst();
	}

	String intentOf(UUID paymentId) {
		return jdbc.queryForObject("SELECT provider_intent_id FROM payment.payments WHERE id = ?", String.class,
				paymentId);
	}

	List<PaymentView> byReference(String reference) {
		return jdbc.query("SELECT " + COLUMNS + " FROM payment.payments p WHERE p.reference = ? ORDER BY p.created_at, p.id",
				this::payment, reference);
	}

	void insertRefund(UUID id, UUID paymentId, String key, long amountFen, String reason) {
		jdbc.update("""
				INSERT INTO payment.refunds (id, payment_id, refund_key, amount_fen, reason, status)
				VALUES (?, ?, ?, ?, ?, 'REQUESTED')""", id, paymentId, key, amountFen, reason);
	}

	Optional<RefundView> refundByKey(String key) {
		return refunds("r.refund_key = ?", key).stream().findFirst();
	}

	Optional<RefundView> refund(UUID id) {
		return refunds("r.id = ?", id).stream().findFirst();
	}

	String refundKey(UUID refundId) {
		return jdbc.queryForObject("SELECT refund_key FROM payment.refunds WHERE id = ?", String.class, refundId);
	}

	List<RefundView> refundsOf(String reference) {
		return refunds("p.reference = ?", reference);
	}

	/** Marks a requested refund as settled; empty when it was already (or is unknown). */
	Optional<RefundView> settle(String refundKey, Instant at) {
		int updated = jdbc.update("""
				UPDATE payment.refunds SET status = 'SUCCEEDED', settled_at = ?
				WHERE refund_key = ? AND status = 'REQUESTED'""", Timestamp.from(at), refundKey);
		return updated == 0 ? Optional.empty() : refundByKey(refundKey);
	}

	/** Records a webhook event; false when it was received before (a duplicate delivery). */
	boolean recordEvent(String provider, String eventId, String type, String intentId) {
		return jdbc.update("""
				INSERT INTO payment.webhook_events (provider, event_id, type, intent_id, effective)
				VALUES (?, ?, ?, ?, false) ON CONFLICT DO NOTHING""", provider, eventId, type, intentId) == 1;
	}

	void markEffective(String provider, String eventId) {
		jdbc.update("UPDATE payment.webhook_events SET effective = true WHERE provider = ? AND event_id = ?", provider,
				eventId);
	}

	private List<RefundView> refunds(String where, Object argument) {
		return jdbc.query("""
				SELECT r.id, r.payment_id, p.reference, r.amount_fen, r.reason, r.status, r.requested_at, r.settled_at
				FROM payment.refunds r JOIN payment.payments p ON p.id = r.payment_id
				WHERE\s""" + where + " ORDER BY r.requested_at, r.id", (row, n) -> new RefundView(
				row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getLong(4),
				row.getString(5), RefundStatus.valueOf(row.getString(6)), instant(row, 7), instant(row, 8)), argument);
	}

	private PaymentView payment(ResultSet row, int n) throws SQLException {
		return new PaymentView(row.getObject("id", UUID.class),
				org.clearlot.payment.PaymentPurpose.valueOf(row.getString("purpose")), row.getString("reference"),
				row.getObject("payer_id", UUID.class), row.getLong("amount_fen"),
				PaymentStatus.valueOf(row.getString("status")), row.getString("provider"), sandbox,
				row.getString("checkout_url"), row.getLong("refunded"), instant(row, "created_at"),
				instant(row, "captured_at"));
	}
}

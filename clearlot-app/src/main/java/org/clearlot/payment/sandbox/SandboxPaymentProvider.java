package org.clearlot.payment.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.payment.provider.PaymentProvider;
import org.clearlot.payment.sandbox.SandboxIntent.Status;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sandbox provider. It keeps its records in the same database as Clearlot and joins the caller's transaction
 * (a remote provider would commit on its own; joining avoids holding two connections per request, and a payment
 * Clearlot rolls back then never existed, which a real provider's unpaid intent amounts to). Every outcome is
 * reported only through the webhook ({@link SandboxOutbox}), never by return value.
 */
@Component
@ConditionalOnProperty(name = "clearlot.payment.provider", havingValue = "sandbox", matchIfMissing = true)
class SandboxPaymentProvider implements PaymentProvider {

	static final String NAME = "sandbox";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate remote;
	private final SandboxOutbox outbox;

	SandboxPaymentProvider(JdbcTemplate jdbc, PlatformTransactionManager transactions, SandboxOutbox outbox) {
		this.jdbc = jdbc;
		this.remote = new TransactionTemplate(transactions);
		this.outbox = outbox;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean sandbox() {
		return true;
	}

	@Override
	public ProviderIntent createIntent(IntentRequest request) {
		String id = SandboxOutbox.id("pi_");
		remote.executeWithoutResult(status -> jdbc.update("""
				INSERT INTO payment_sandbox.intents (id, merchant_reference, payer_id, amount_fen, description,
				    return_path, status)
				VALUES (?, ?, ?, ?, ?, ?, 'REQUIRES_PAYMENT')""", id, request.merchantReference(), request.payerId(),
				request.amountFen(), request.description() == null ? "" : request.description(), request.returnPath()));
		return new ProviderIntent(id, "/sandbox/checkout/" + id);
	}

	@Override
	public boolean capture(String intentId) {
		return Boolean.TRUE.equals(remote.execute(status -> {
			if (move(intentId, List.of(Status.AUTHORIZED), Status.CAPTURED)) {
				SandboxIntent intent = find(intentId).orElseThrow();
				outbox.enqueue("payment_intent.captured", intent, null, intent.amountFen());
				return true;
			}
			return find(intentId).map(intent -> intent.status() == Status.CAPTURED).orElse(false);
		}));
	}

	@Override
	public boolean cancel(String intentId) {
		return Boolean.TRUE.equals(remote.execute(status -> {
			if (move(intentId, List.of(Status.REQUIRES_PAYMENT, Status.AUTHORIZED), Status.CANCELLED)) {
				SandboxIntent intent = find(intentId).orElseThrow();
				outbox.enqueue("payment_intent.canceled", intent, null, intent.amountFen());
				return true;
			}
			return find(intentId).map(intent -> intent.status() != Status.CAPTURED).orElse(false);
		}));
	}

	@Override
	public void refund(String intentId, String refundKey, long amountFen) {
		remote.executeWithoutResult(status -> {
			if (jdbc.queryForObject("SELECT count(*) FROM payment_sandbox.refunds WHERE merchant_key = ?", Long.class,
					refundKey) > 0) {
				return;
			}
			int updated = jdbc.update("""
					UPDATE payment_sandbox.intents SET refunded_fen = refunded_fen + ?, updated_at = now()
					WHERE id = ? AND status = 'CAPTURED' AND refunded_fen + ? <= amount_fen""", amountFen, intentId,
					amountFen);
			if (updated == 0) {
				throw new IllegalStateException("Sandbox payment " + intentId + " cannot refund " + amountFen + " fen");
			}
			jdbc.update("INSERT INTO payment_sandbox.refunds (id, intent_id, merchant_key, amount_fen) VALUES (?, ?, ?, ?)",
					SandboxOutbox.id("re_"), intentId, refundKey, amountFen);
			outbox.enqueue("refund.succeeded", find(intentId).orElseThrow(), refundKey, amountFen);
		});
	}

	/** The payer pays at the checkout: the payment is authorized (Clearlot then captures it). */
	boolean authorize(String intentId, UUID payer) {
		return checkout(intentId, payer, Status.AUTHORIZED, "payment_intent.authorized");
	}

	/** The payer's card is declined at the checkout. */
	boolean decline(String intentId, UUID payer) {
		return checkout(intentId, payer, Status.DECLINED, "payment_intent.payment_failed");
	}

	private boolean checkout(String intentId, UUID payer, Status target, String event) {
		return Boolean.TRUE.equals(remote.execute(status -> {
			Optional<SandboxIntent> intent = find(intentId).filter(found -> found.payerId().equals(payer));
			if (intent.isEmpty() || !move(intentId, List.of(Status.REQUIRES_PAYMENT), target)) {
				return false;
			}
			outbox.enqueue(event, intent.get(), null, intent.get().amountFen());
			return true;
		}));
	}

	Optional<SandboxIntent> find(String intentId) {
		return jdbc.query("""
				SELECT id, merchant_reference, payer_id, amount_fen, description, return_path, status
				FROM payment_sandbox.intents WHERE id = ?""", (row, n) -> new SandboxIntent(row.getString(1),
				row.getString(2), row.getObject(3, UUID.class), row.getLong(4), row.getString(5), row.getString(6),
				Status.valueOf(row.getString(7))), intentId).stream().findFirst();
	}

	private boolean move(String intentId, List<Status> from, Status target) {
		return jdbc.update("UPDATE payment_sandbox.intents SET status = ?, updated_at = now() WHERE id = ? AND status = ANY (?)",
				target.name(), intentId, from.stream().map(Enum::name).toArray(String[]::new)) == 1;
	}
}

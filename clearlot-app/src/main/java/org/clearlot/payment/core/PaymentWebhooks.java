package org.clearlot.payment.core;

import java.util.EnumSet;
import java.util.Optional;

import org.clearlot.ledger.Account;
import org.clearlot.ledger.LedgerApi;
import org.clearlot.ledger.LedgerTransaction;
import org.clearlot.payment.PaymentCaptured;
import org.clearlot.payment.PaymentFailed;
import org.clearlot.payment.PaymentStatus;
import org.clearlot.payment.PaymentView;
import org.clearlot.payment.RefundSucceeded;
import org.clearlot.payment.RefundView;
import org.clearlot.payment.provider.PaymentWebhookReceiver;
import org.clearlot.payment.provider.ProviderEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies verified provider events, each once: the event id is recorded first (a duplicate delivery stops there),
 * then the payment or refund moves by a guarded update, so an event that arrives after a later one (an
 * authorization after its capture, say) changes nothing. A capture credits escrow and a settled refund debits what
 * was set aside for it, in the same transaction, and the module's events are published with it.
 */
@Service
class PaymentWebhooks implements PaymentWebhookReceiver {

	private static final Logger log = LoggerFactory.getLogger(PaymentWebhooks.class);

	private final PaymentStore store;
	private final LedgerApi ledger;
	private final ApplicationEventPublisher events;

	PaymentWebhooks(PaymentStore store, LedgerApi ledger, ApplicationEventPublisher events) {
		this.store = store;
		this.ledger = ledger;
		this.events = events;
	}

	@Override
	@Transactional
	public boolean receive(ProviderEvent event) {
		if (!store.recordEvent(event.provider(), event.eventId(), event.type().name(), event.intentId())) {
			return false;
		}
		Optional<PaymentView> found = store.findByIntent(event.provider(), event.intentId());
		if (found.isEmpty()) {
			log.warn("Webhook {} from {} names unknown payment {}; acknowledged and ignored", event.eventId(),
					event.provider(), event.intentId());
			return false;
		}
		boolean effective = apply(event, found.get());
		if (effective) {
			store.markEffective(event.provider(), event.eventId());
		}
		return effective;
	}

	private boolean apply(ProviderEvent event, PaymentView payment) {
		String cause = "webhook " + event.eventId();
		return switch (event.type()) {
			case AUTHORIZED -> authorized(payment, event, cause);
			case CAPTURED -> captured(payment, event, cause);
			case FAILED, CANCELLED -> failed(payment, event, cause);
			case REFUND_SUCCEEDED -> refunded(payment, event);
		};
	}

	private boolean authorized(PaymentView payment, ProviderEvent event, String cause) {
		if (store.transition(payment.id(), EnumSet.of(PaymentStatus.PENDING), PaymentStatus.AUTHORIZED,
				event.occurredAt(), cause)) {
			events.publishEvent(new ProviderCallWanted(ProviderCallWanted.Call.CAPTURE, payment.id(), null));
			return true;
		}
		if (payment.status() == PaymentStatus.CANCELLED) {
			// paid at the checkout after Clearlot withdrew the payment: void the authorization
			events.publishEvent(new ProviderCallWanted(ProviderCallWanted.Call.CANCEL, payment.id(), null));
		}
		return false;
	}

	private boolean captured(PaymentView payment, ProviderEvent event, String cause) {
		if (!store.transition(payment.id(), PaymentStatus.sourcesOf(PaymentStatus.CAPTURED), PaymentStatus.CAPTURED,
				event.occurredAt(), cause)) {
			return false;
		}
		ledger.post(LedgerTransaction.of("payment:" + payment.id() + ":captured", "PAYMENT_CAPTURED",
				payment.reference(), payment.purpose() + " payment " + payment.id() + " captured")
			.debit(Account.pspClearing(), payment.amountFen())
			.credit(Account.escrow(), payment.amountFen()));
		events.publishEvent(new PaymentCaptured(payment.id(), payment.purpose(), payment.reference(),
				payment.payerId(), payment.amountFen(), event.occurredAt()));
		return true;
	}

	private boolean failed(PaymentView payment, ProviderEvent event, String cause) {
		PaymentStatus target = event.type() == ProviderEvent.Type.FAILED ? PaymentStatus.FAILED
				: PaymentStatus.CANCELLED;
		if (!store.transition(payment.id(), EnumSet.of(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED), target,
				event.occurredAt(), cause)) {
			return false;
		}
		events.publishEvent(new PaymentFailed(payment.id(), payment.purpose(), payment.reference(), target));
		return true;
	}

	private boolean refunded(PaymentView payment, ProviderEvent event) {
		Optional<RefundView> settled = store.settle(event.refundKey(), event.occurredAt());
		if (settled.isEmpty()) {
			return false;
		}
		RefundView refund = settled.get();
		ledger.post(LedgerTransaction.of("refund:" + refund.id() + ":settled", "REFUND_SETTLED", payment.reference(),
				"Refund " + refund.id() + " of payment " + payment.id() + " confirmed by the provider")
			.debit(Account.refundsPayable(), refund.amountFen())
			.credit(Account.pspClearing(), refund.amountFen()));
		events.publishEvent(new RefundSucceeded(refund.id(), payment.id(), payment.reference(), refund.amountFen(),
				event.occurredAt()));
		return true;
	}
}

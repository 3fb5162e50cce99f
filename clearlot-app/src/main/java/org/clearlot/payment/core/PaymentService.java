package org.clearlot.payment.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.payment.NewPayment;
import org.clearlot.payment.PaymentApi;
import org.clearlot.payment.PaymentStatus;
import org.clearlot.payment.PaymentView;
import org.clearlot.payment.RefundView;
import org.clearlot.payment.provider.PaymentProvider;
import org.clearlot.payment.provider.PaymentProvider.IntentRequest;
import org.clearlot.payment.provider.PaymentProvider.ProviderIntent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The payment module's facade: requests, cancellations and refunds, each in the caller's transaction. */
@Service
class PaymentService implements PaymentApi {

	private final PaymentStore store;
	private final PaymentProvider provider;
	private final ApplicationEventPublisher events;
	private final java.time.Clock clock;

	PaymentService(PaymentStore store, PaymentProvider provider, ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.store = store;
		this.provider = provider;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PaymentView request(NewPayment payment) {
		UUID id = UUID.randomUUID();
		ProviderIntent intent = provider.createIntent(new IntentRequest(id.toString(), payment.payerId(),
				payment.amountFen(), payment.description(), payment.returnPath()));
		store.insert(id, payment, provider.name(), intent);
		return store.find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PaymentView> find(UUID paymentId) {
		return store.find(paymentId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PaymentView> payments(String reference) {
		return store.byReference(reference);
	}

	@Override
	@Transactional
	public void cancel(UUID paymentId) {
		if (store.transition(paymentId, EnumSet.of(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED),
				PaymentStatus.CANCELLED, clock.instant(), "cancelled by Clearlot")) {
			events.publishEvent(new ProviderCallWanted(ProviderCallWanted.Call.CANCEL, paymentId, null));
		}
	}

	@Override
	@Transactional
	public RefundView refund(UUID paymentId, long amountFen, String refundKey, String reason) {
		Optional<RefundView> earlier = store.refundByKey(refundKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		PaymentView payment = store.lock(paymentId)
			.orElseThrow(() -> new IllegalStateException("No payment " + paymentId));
		if (payment.status() != PaymentStatus.CAPTURED) {
			throw new IllegalStateException("Payment " + paymentId + " is " + payment.status() + ", not captured");
		}
		if (amountFen <= 0 || amountFen > payment.amountFen() - payment.refundedFen()) {
			throw new IllegalStateException("A refund of " + amountFen + " fen exceeds what is left of payment "
					+ paymentId + " (" + (payment.amountFen() - payment.refundedFen()) + " fen)");
		}
		UUID id = UUID.randomUUID();
		store.insertRefund(id, paymentId, refundKey, amountFen, reason);
		events.publishEvent(new ProviderCallWanted(ProviderCallWanted.Call.REFUND, paymentId, id));
		return store.refund(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RefundView> refunds(String reference) {
		return store.refundsOf(reference);
	}

	@Override
	public ProviderInfo provider() {
		return new ProviderInfo(provider.name(), provider.sandbox());
	}
}

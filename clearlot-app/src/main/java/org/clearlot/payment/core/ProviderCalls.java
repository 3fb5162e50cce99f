package org.clearlot.payment.core;

import org.clearlot.payment.RefundView;
import org.clearlot.payment.provider.PaymentProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Makes the provider calls that committed changes require, after commit and through the event publication
 * registry: a call that fails (provider unreachable, crash) stays incomplete and is made again later.
 */
@Component
class ProviderCalls {

	private final PaymentStore store;
	private final PaymentProvider provider;

	ProviderCalls(PaymentStore store, PaymentProvider provider) {
		this.store = store;
		this.provider = provider;
	}

	@ApplicationModuleListener
	void on(ProviderCallWanted wanted) {
		String intent = store.intentOf(wanted.paymentId());
		switch (wanted.call()) {
			case CAPTURE -> provider.capture(intent);
			case CANCEL -> provider.cancel(intent);
			case REFUND -> {
				RefundView refund = store.refund(wanted.refundId()).orElseThrow();
				provider.refund(intent, store.refundKey(refund.id()), refund.amountFen());
			}
		}
	}
}

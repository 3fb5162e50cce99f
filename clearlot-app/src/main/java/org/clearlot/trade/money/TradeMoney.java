package org.clearlot.trade.money;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.clearlot.ledger.Account;
import org.clearlot.ledger.LedgerApi;
import org.clearlot.ledger.LedgerTransaction;
import org.clearlot.payment.PaymentApi;
import org.clearlot.payment.PaymentStatus;
import org.clearlot.payment.PaymentView;
import org.springframework.stereotype.Component;

/**
 * Money of a deal, whose payments are about its references ({@code reservation:<id>} for the deposit,
 * {@code order:<id>} for the balance). A refund is set aside in the ledger (from escrow, or from the dealer's
 * payable once the sale completed) in the same transaction that asks the payment module for it; the provider's
 * confirmation later settles it. All amounts are integer fen.
 */
@Component
public class TradeMoney {

	private final PaymentApi payments;
	private final LedgerApi ledger;

	TradeMoney(PaymentApi payments, LedgerApi ledger) {
		this.payments = payments;
		this.ledger = ledger;
	}

	/** What the provider captured for the deal, minus what was refunded or is being refunded. */
	public long paidFen(List<String> references) {
		return captured(references).stream().mapToLong(p -> p.amountFen() - p.refundedFen()).sum();
	}

	/** What escrow holds for the deal now. */
	public long escrowFen(List<String> references) {
		return references.stream().mapToLong(reference -> ledger.netFen(reference, Account.escrow())).sum();
	}

	/**
	 * Refunds {@code amountFen} of the deal's captured payments, the latest payment first, and cancels payments that
	 * were not captured. Each refund's key is {@code keyPrefix:paymentId}, so repeating the call refunds nothing
	 * twice. Returns the amount refunded now.
	 */
	public long refund(List<String> references, long amountFen, Account source, String keyPrefix, String reason) {
		long left = amountFen;
		List<PaymentView> captured = captured(references).stream()
			.sorted(Comparator.comparing(PaymentView::capturedAt).reversed()).toList();
		for (PaymentView payment : captured) {
			long part = Math.min(left, payment.amountFen() - payment.refundedFen());
			if (part <= 0) {
				continue;
			}
			String key = keyPrefix + ":" + payment.id();
			payments.refund(payment.id(), part, key, reason);
			ledger.post(LedgerTransaction.of("refund-decided:" + key, "REFUND_DECIDED", payment.reference(), reason)
				.debit(source, part)
				.credit(Account.refundsPayable(), part));
			left -= part;
		}
		cancelOpen(references);
		return amountFen - left;
	}

	/** Refunds everything the deal paid and is not refunded yet, from escrow. */
	public long refundAll(List<String> references, String keyPrefix, String reason) {
		return refund(references, paidFen(references), Account.escrow(), keyPrefix, reason);
	}

	/** Cancels the deal's payments that were requested but not captured. */
	public void cancelOpen(List<String> references) {
		references.stream().flatMap(reference -> payments.payments(reference).stream())
			.filter(payment -> payment.status().isOpen()).forEach(payment -> payments.cancel(payment.id()));
	}

	/**
	 * Releases what escrow holds for a completed sale: the platform's fee to its fee account, the rest to the
	 * dealer organization's payable. Posted once per order.
	 */
	public long releaseToDealer(UUID orderId, List<String> references, UUID organizationId, long feeFen) {
		long held = escrowFen(references);
		if (held <= 0) {
			return 0;
		}
		long fee = Math.min(feeFen, held);
		ledger.post(LedgerTransaction.of("order:" + orderId + ":completed", "SALE_COMPLETED", "order:" + orderId,
				"Sale completed: escrow released to the dealer")
			.debit(Account.escrow(), held)
			.credit(Account.dealerPayable(organizationId), held - fee)
			.credit(Account.platformFees(), fee));
		return held;
	}

	/**
	 * Gives a completed sale's platform fee back to the dealer's payable account when the sale is reversed (a return
	 * after completion), so that the dealer's payable can fund the whole refund. Posted once per order; returns the
	 * fee given back.
	 */
	public long reversePlatformFee(UUID orderId, UUID organizationId) {
		long fee = ledger.netFen("order:" + orderId, Account.platformFees());
		if (fee <= 0) {
			return 0;
		}
		ledger.post(LedgerTransaction.of("order:" + orderId + ":fee-reversed", "PLATFORM_FEE_REVERSED", "order:" + orderId,
				"Sale reversed by a return: the platform fee goes back to the dealer")
			.debit(Account.platformFees(), fee)
			.credit(Account.dealerPayable(organizationId), fee));
		return fee;
	}

	/** Pays a return fee kept back from a refund out of escrow to the dealer, once per return. */
	public void payReturnFee(UUID returnId, String orderReference, UUID organizationId, long feeFen) {
		ledger.post(LedgerTransaction.of("return:" + returnId + ":fee", "RETURN_FEE", orderReference,
				"Return fee kept back from the refund, paid to the dealer")
			.debit(Account.escrow(), feeFen)
			.credit(Account.dealerPayable(organizationId), feeFen));
	}

	/** Whether every refund of the deal was confirmed by the provider. */
	public boolean refundsSettled(List<String> references) {
		return references.stream().flatMap(reference -> payments.refunds(reference).stream())
			.allMatch(refund -> refund.status() == org.clearlot.payment.RefundStatus.SUCCEEDED);
	}

	private List<PaymentView> captured(List<String> references) {
		return references.stream().flatMap(reference -> payments.payments(reference).stream())
			.filter(payment -> payment.status() == PaymentStatus.CAPTURED).toList();
	}
}

/**
 * Payments: deposits and balances collected through a {@link org.clearlot.payment.provider.PaymentProvider} and
 * refunds sent back through it. Money counts as received only when the provider's signed webhook says so, never
 * because a client claims it; webhooks may come twice or out of order and never credit twice. Ships with a sandbox
 * provider that behaves like a real one (hosted checkout, asynchronous authorize, capture and refund, signed
 * at-least-once webhooks). Publishes {@link org.clearlot.payment.PaymentCaptured},
 * {@link org.clearlot.payment.PaymentFailed} and {@link org.clearlot.payment.RefundSucceeded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment",
		allowedDependencies = { "platform", "identity", "ledger" })
package org.clearlot.payment;

/**
 * The sandbox payment provider: behaves like a real one but moves no money. It keeps its own records (schema
 * {@code payment_sandbox}), shows a hosted checkout page where the payer pays or declines, authorizes, captures and
 * refunds asynchronously, and reports every outcome by an HMAC-signed webhook delivered at least once over HTTP:
 * retried until acknowledged, sometimes twice, after a random delay so that events can overtake each other.
 */
package org.clearlot.payment.sandbox;

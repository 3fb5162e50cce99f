/**
 * The payment module's core: payments and refunds in PostgreSQL with guarded state transitions, the webhook
 * receiver that applies provider events exactly once, and the calls to the provider made after commit.
 */
package org.clearlot.payment.core;

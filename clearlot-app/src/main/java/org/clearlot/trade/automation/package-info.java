/**
 * What the trade does by itself: it reacts to payment events (deposit and balance received, refunds confirmed)
 * and runs the expiry and completion jobs, every step idempotent so that redelivered events and several instances
 * are harmless.
 */
package org.clearlot.trade.automation;

/**
 * The deal's money: what was captured into escrow for it, refunds (split across its payments and set aside in the
 * ledger before the provider is asked), and the release of escrow to the dealer when the sale completes.
 */
package org.clearlot.trade.money;

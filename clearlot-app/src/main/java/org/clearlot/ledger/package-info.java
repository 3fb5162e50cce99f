/**
 * Ledger: the double-entry book of every fen that moves through Clearlot (integer fen). Other modules post
 * balanced transactions through {@link org.clearlot.ledger.LedgerApi}, each at most once by its idempotency key;
 * the database refuses unbalanced transactions and any update or deletion. Admins read the trial balance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger",
		allowedDependencies = { "platform", "identity" })
package org.clearlot.ledger;

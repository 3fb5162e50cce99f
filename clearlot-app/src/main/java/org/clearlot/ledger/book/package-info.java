/** The ledger's storage: accounts, append-only transactions and entries, and the trial balance over them. */
package org.clearlot.ledger.book;

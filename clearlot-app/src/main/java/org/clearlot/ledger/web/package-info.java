/** The ledger for admins: the trial balance and recent transactions, over the API and on a page. */
package org.clearlot.ledger.web;

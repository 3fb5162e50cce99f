/** Disputes: the buyer opens one, the dealer answers, an admin decides (reject, refund, or allow a return). */
package org.clearlot.trade.dispute;

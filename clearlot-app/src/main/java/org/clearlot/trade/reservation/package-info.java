/** Reservations: one hold per car, the deposit that makes it, its expiry and cancellation. */
package org.clearlot.trade.reservation;

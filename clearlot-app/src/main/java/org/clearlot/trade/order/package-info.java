/** Orders: delivery method and fee, the balance, handover, delivery, cancellation and completion. */
package org.clearlot.trade.order;

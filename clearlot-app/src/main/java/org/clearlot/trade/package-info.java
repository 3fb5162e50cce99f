/**
 * Trade: reserving a car with an escrowed deposit, the order with its delivery method and balance, handover, the
 * 7-day no-reason return, cancellations, refunds and disputes, each an explicit state machine with guarded updates
 * and a timeline both parties see. Money moves through the payment module and the ledger; listings through the
 * catalog. Only COMPLETED orders (return window closed) count as sales. Publishes
 * {@link org.clearlot.trade.TradeStatusChanged}, {@link org.clearlot.trade.VehicleHandedOver} and
 * {@link org.clearlot.trade.OrderCompleted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trade",
		allowedDependencies = { "platform", "identity", "catalog", "payment", "ledger" })
package org.clearlot.trade;

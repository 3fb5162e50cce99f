package org.clearlot.trade;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The trade's published rules.
 *
 * @param depositFen the refundable deposit that reserves a car
 * @param holdWindow how long a reservation holds the car before it is released and the deposit refunded
 * @param depositPaymentWindow how long the buyer has to pay the deposit before the hold lapses
 * @param balancePaymentWindow how long the buyer has to pay the balance of an order before it is cancelled
 * @param returnWindow how long after delivery a no-reason return may be requested
 * @param returnMaxKm how far the car may have been driven since handover for a no-reason return
 * @param returnFeeFen the fixed part of the no-reason return fee
 * @param returnFeePercent the part of the return fee proportional to the price, in percent
 * @param returnFeePerKmFen the part of the return fee per kilometre driven since handover
 * @param platformFeePercent Clearlot's fee on a completed sale, in percent of the price
 * @param homeDeliveryFeeFen the fee for delivery to an address in the listing's city
 * @param remoteBaseFeeFen the fixed part of the fee for cross-city delivery
 * @param remotePerKmFen the fee per kilometre (great-circle distance between the cities × 1.3 for roads)
 * @param remoteKmPerDay how far a car carrier gets in a day, for the delivery estimate
 * @param jobInterval how often expiry and completion jobs run
 * @param maxHoldsPerBuyer how many cars one buyer may hold at once (paid or not), so that nobody can take a dealer's
 *     stock off the market with reservations they never mean to pay
 */
@ConfigurationProperties("clearlot.trade")
public record TradeProperties(@DefaultValue("200000") long depositFen, @DefaultValue("72h") Duration holdWindow,
		@DefaultValue("30m") Duration depositPaymentWindow, @DefaultValue("72h") Duration balancePaymentWindow,
		@DefaultValue("7d") Duration returnWindow, @DefaultValue("500") int returnMaxKm,
		@DefaultValue("0") long returnFeeFen, @DefaultValue("0") double returnFeePercent,
		@DefaultValue("0") long returnFeePerKmFen, @DefaultValue("0") double platformFeePercent,
		@DefaultValue("0") long homeDeliveryFeeFen, @DefaultValue("50000") long remoteBaseFeeFen,
		@DefaultValue("150") long remotePerKmFen, @DefaultValue("600") int remoteKmPerDay,
		@DefaultValue("30s") Duration jobInterval, @DefaultValue("3") int maxHoldsPerBuyer) {
}

package org.clearlot.trade.returns;

import java.time.Duration;

import org.clearlot.trade.TradeProperties;
import org.springframework.stereotype.Component;

/**
 * The published return rules and fee formula, shown to buyers with every order:
 * fee = fixed + price × percent / 100 + per-km × km driven since handover (all zero by default), never more than
 * what was paid; no fee for an undisclosed accident, flood or fire, or when an admin decided.
 */
@Component
public class ReturnPolicy {

	private final TradeProperties properties;

	ReturnPolicy(TradeProperties properties) {
		this.properties = properties;
	}

	public Duration window() {
		return properties.returnWindow();
	}

	public int maxKm() {
		return properties.returnMaxKm();
	}

	public long feeFen(ReturnReason reason, long priceFen, int kmDriven, long paidFen) {
		if (reason != ReturnReason.NO_REASON) {
			return 0;
		}
		long fee = properties.returnFeeFen() + Math.round(priceFen * properties.returnFeePercent() / 100.0)
				+ (long) Math.max(0, kmDriven) * properties.returnFeePerKmFen();
		return Math.min(Math.max(fee, 0), paidFen);
	}

	/** The formula's terms, for the order page and the API. */
	public Terms terms() {
		return new Terms(properties.returnWindow().toDays(), properties.returnMaxKm(), properties.returnFeeFen(),
				properties.returnFeePercent(), properties.returnFeePerKmFen());
	}

	/** The published terms: window in days, distance limit, and the fee formula's three parts. */
	public record Terms(long windowDays, int maxKm, long feeFixedFen, double feePercentOfPrice, long feePerKmFen) {
	}
}

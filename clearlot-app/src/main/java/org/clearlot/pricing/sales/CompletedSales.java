package org.clearlot.pricing.sales;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.trade.OrderCompleted;
import org.clearlot.trade.TradeStatusChanged;
import org.clearlot.trade.TradeStatusChanged.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the completed sales: an order whose return window closed is a sale (with its car's facts from the
 * catalog); an order returned after that is not any more. Runs from the persisted event registry, so no sale is
 * missed if the application stops right after it, and a resubmitted event records it once.
 */
@Component
class CompletedSales {

	private static final Logger log = LoggerFactory.getLogger(CompletedSales.class);

	private final SaleStore sales;
	private final CatalogApi catalog;

	CompletedSales(SaleStore sales, CatalogApi catalog) {
		this.sales = sales;
		this.catalog = catalog;
	}

	@ApplicationModuleListener
	void on(OrderCompleted completed) {
		catalog.listingFacts(completed.listingId()).ifPresentOrElse(
				car -> sales.add(completed.orderId(), completed.priceFen(), completed.completedAt(), car),
				() -> log.warn("Completed order {} names listing {}, which the catalog does not know",
						completed.orderId(), completed.listingId()));
	}

	@ApplicationModuleListener
	void on(TradeStatusChanged change) {
		if (change.subject() == Subject.ORDER && "RETURNED".equals(change.toStatus()) && change.orderId() != null) {
			sales.returned(change.orderId(), change.at());
		}
	}
}

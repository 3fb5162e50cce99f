package org.clearlot.pricing.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.catalog.PriceChange;

/**
 * The price history buyers see: from the listing's (latest) publication on, starting with the price it went on sale
 * at. Prices tried while it was a draft were never offered, and showing them would make a discount of nothing.
 */
final class PublicPriceHistory {

	private PublicPriceHistory() {
	}

	/** All changes for a draft (only its dealer sees it); otherwise the published price and every change since. */
	static List<PriceChange> of(List<PriceChange> history, Instant publishedAt) {
		if (publishedAt == null || history.isEmpty()) {
			return history;
		}
		int first = 0;
		for (int i = 0; i < history.size(); i++) {
			if (!history.get(i).changedAt().isAfter(publishedAt)) {
				first = i;
			}
		}
		List<PriceChange> shown = new ArrayList<>();
		PriceChange atPublication = history.get(first);
		shown.add(atPublication.changedAt().isAfter(publishedAt) ? atPublication
				: new PriceChange(atPublication.priceFen(), publishedAt));
		shown.addAll(history.subList(first + 1, history.size()));
		return shown;
	}
}

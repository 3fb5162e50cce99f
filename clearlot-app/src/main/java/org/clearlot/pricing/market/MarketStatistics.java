package org.clearlot.pricing.market;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingFacts;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.pricing.model.ValuationModel;
import org.clearlot.pricing.sales.SaleStore;
import org.clearlot.pricing.sales.SaleStore.MonthCitySales;
import org.clearlot.pricing.valuation.ValuationService;
import org.springframework.stereotype.Service;

/**
 * The market page's figures: residual-value curves by model and by powertrain from the model in service (computed
 * once per model version), and completed sales by month and city (read on every request: sales count only once
 * their order completed).
 */
@Service
public class MarketStatistics {

	static final int TOP_MODELS = 6;
	private static final EnumSet<ListingStatus> MARKET = EnumSet.of(ListingStatus.ACTIVE, ListingStatus.RESERVED,
			ListingStatus.SOLD);

	private final ValuationService valuations;
	private final CatalogApi catalog;
	private final SaleStore sales;
	private final AtomicReference<Curves> cached = new AtomicReference<>();

	MarketStatistics(ValuationService valuations, CatalogApi catalog, SaleStore sales) {
		this.valuations = valuations;
		this.catalog = catalog;
		this.sales = sales;
	}

	/** The residual-value curves of the model in service, if there is one. */
	public Optional<Curves> curves() {
		return valuations.current().map(this::curvesOf);
	}

	public List<MonthCitySales> salesByMonthAndCity() {
		return sales.byMonthAndCity();
	}

	private Curves curvesOf(ValuationModel model) {
		Curves known = cached.get();
		if (known != null && known.modelVersion() == model.version()) {
			return known;
		}
		List<ListingFacts> listings = catalog.listingFacts(MARKET, valuations.properties().maxTrainingRows());
		int thisYear = valuations.today().getYear();
		Curves curves = new Curves(model.version(), MarketCurves.byModel(model, listings, thisYear, TOP_MODELS),
				MarketCurves.byPowertrain(model, listings, thisYear));
		cached.set(curves);
		return curves;
	}

	/** The curves of one model version. */
	public record Curves(long modelVersion, List<ResidualCurve> byModel, List<ResidualCurve> byPowertrain) {
	}
}

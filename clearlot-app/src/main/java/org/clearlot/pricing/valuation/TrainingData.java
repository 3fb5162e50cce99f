package org.clearlot.pricing.valuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingFacts;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.pricing.PricingProperties;
import org.clearlot.pricing.model.TrainingRow;
import org.clearlot.pricing.sales.CompletedSale;
import org.clearlot.pricing.sales.SaleStore;
import org.springframework.stereotype.Component;

/**
 * What the model learns from: the asking prices of listings that are or were on sale (active, reserved, sold;
 * drafts and withdrawn listings are not market prices), each with the car's age on the day it went on sale, and
 * the prices of completed sales with the age on the day they completed.
 */
@Component
class TrainingData {

	private static final EnumSet<ListingStatus> MARKET = EnumSet.of(ListingStatus.ACTIVE, ListingStatus.RESERVED,
			ListingStatus.SOLD);

	private final CatalogApi catalog;
	private final SaleStore sales;
	private final PricingProperties properties;

	TrainingData(CatalogApi catalog, SaleStore sales, PricingProperties properties) {
		this.catalog = catalog;
		this.sales = sales;
		this.properties = properties;
	}

	List<TrainingRow> rows() {
		List<TrainingRow> rows = new ArrayList<>();
		List<CompletedSale> completed = sales.counted(properties.maxTrainingRows());
		Set<Long> sold = new HashSet<>();
		for (CompletedSale sale : completed) {
			LocalDate day = LocalDate.ofInstant(sale.completedAt(), ListingCars.CHINA);
			rows.add(new TrainingRow("sale:" + sale.orderId(), group(sale.car().id()), ListingCars.of(sale.car(), day),
					sale.priceFen(), true, ListingCars.registrationLagYears(sale.car())));
			sold.add(sale.car().id());
		}
		for (ListingFacts listing : catalog.listingFacts(MARKET, properties.maxTrainingRows())) {
			if (listing.status() == ListingStatus.SOLD && sold.contains(listing.id())) {
				continue; // its sale is the better price, and counting both would count the car twice
			}
			rows.add(new TrainingRow("listing:" + listing.id(), group(listing.id()),
					ListingCars.of(listing, ListingCars.pricedOn(listing)), listing.priceFen(), false,
					ListingCars.registrationLagYears(listing)));
		}
		return rows;
	}

	/** The training group of a listing's prices: its asking price and its sale, which the model values it by. */
	static String group(long listingId) {
		return "listing:" + listingId;
	}
}

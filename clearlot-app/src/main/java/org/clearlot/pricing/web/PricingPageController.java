package org.clearlot.pricing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingFacts;
import org.clearlot.identity.CurrentUser;
import org.clearlot.platform.geo.Cities;
import org.clearlot.pricing.market.MarketStatistics;
import org.clearlot.pricing.model.ValuationModel;
import org.clearlot.pricing.sales.SaleStore.MonthCitySales;
import org.clearlot.pricing.valuation.ModelTraining;
import org.clearlot.pricing.valuation.ValuationService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.ObjectMapper;

/**
 * Pricing pages: the valuation panel the listing page loads with htmx (estimate, range, deal rating or exclusion,
 * price history), the public method page with its exclusions and the models' held-out errors, and the market page.
 */
@Controller
class PricingPageController {

	private final ValuationService valuations;
	private final ModelTraining training;
	private final MarketStatistics market;
	private final CatalogApi catalog;
	private final ObjectMapper json;
	private final MessageSource messages;

	PricingPageController(ValuationService valuations, ModelTraining training, MarketStatistics market,
			CatalogApi catalog, ObjectMapper json, MessageSource messages) {
		this.valuations = valuations;
		this.training = training;
		this.market = market;
		this.catalog = catalog;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/listings/{id}/valuation-panel")
	String panel(@PathVariable long id, Model model) {
		ListingFacts listing = VisibleListings.require(catalog, id, CurrentUser.get());
		model.addAttribute("listing", listing);
		Optional<ValuationModel> served = valuations.current();
		model.addAttribute("valuation", served.map(m -> valuations.value(m, listing)).orElse(null));
		model.addAttribute("trainedAt", served.map(m -> m.summary().trainedAt()).orElse(null));
		model.addAttribute("minComparables", valuations.properties().minComparables());
		model.addAttribute("prices", PublicPriceHistory.of(catalog.priceHistory(id), listing.publishedAt()));
		return "pricing/panel :: panel";
	}

	@GetMapping("/pricing/method")
	String method(Model model) {
		model.addAttribute("current", valuations.current().map(m -> m.summary()).orElse(null));
		model.addAttribute("models", training.history(10));
		model.addAttribute("settings", valuations.properties());
		return "pricing/method";
	}

	@GetMapping("/market")
	String market(Model model) {
		market.curves().ifPresent(curves -> {
			model.addAttribute("curves", curves);
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("byModelJson", json.writeValueAsString(curves.byModel().stream()
					.map(curve -> curve.labelled(carName(curve.label(), locale))).toList()));
			model.addAttribute("byPowertrainJson", json.writeValueAsString(curves.byPowertrain().stream()
					.map(curve -> curve.labelled(messages.getMessage("powertrain." + curve.powertrain().name(), null,
							curve.label(), locale)))
					.toList()));
		});
		List<MonthCitySales> sales = market.salesByMonthAndCity();
		model.addAttribute("sales", sales);
		model.addAttribute("salesJson", json.writeValueAsString(salesChart(sales)));
		return "pricing/market";
	}

	/** A by-model curve's label ("make\u001fmodel") as the reader names the car. */
	private String carName(String label, Locale locale) {
		int separator = label.indexOf('\u001f');
		return separator < 0 ? label : catalog.carName(label.substring(0, separator), label.substring(separator + 1), locale);
	}

	/** Months in order and, per city, the number of sales in each month. */
	private static Map<String, Object> salesChart(List<MonthCitySales> sales) {
		List<String> months = List.copyOf(new TreeSet<>(sales.stream().map(MonthCitySales::month).toList()));
		Map<String, int[]> byCity = new LinkedHashMap<>();
		for (MonthCitySales row : sales) {
			String city = Cities.displayName(row.city(), LocaleContextHolder.getLocale());
			byCity.computeIfAbsent(city, name -> new int[months.size()])[months.indexOf(row.month())] = row.sales();
		}
		return Map.of("months", months, "cities", byCity);
	}
}

package org.clearlot.pricing.web;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.pricing.model.CarFacts;
import org.clearlot.pricing.model.ValuationModel;
import org.clearlot.pricing.valuation.ListingValuation;
import org.clearlot.pricing.valuation.Valuation;
import org.clearlot.pricing.valuation.ValuationService;
import org.clearlot.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone values a car, or reads a listing's valuation with its deal rating (listings not on sale only for their
 * dealer and admins, like the listing itself). Before the first model is trained both answer 503 with Retry-After.
 */
@RestController
@RequestMapping("/api/v1")
class ValuationApiController {

	private final ValuationService valuations;
	private final CatalogApi catalog;

	ValuationApiController(ValuationService valuations, CatalogApi catalog) {
		this.valuations = valuations;
		this.catalog = catalog;
	}

	@PostMapping("/valuations")
	Valuation value(@RequestBody(required = false) ValuationRequest request) {
		double lag = valuations.current().map(ValuationModel::typicalRegistrationLagYears).orElse(0.5);
		CarFacts car = ValuationRequests.validate(request, valuations.today(), lag);
		return valuations.value(car);
	}

	@GetMapping("/listings/{id}/valuation")
	ListingValuation listing(@PathVariable long id) {
		return valuations.value(VisibleListings.require(catalog, id, CurrentUser.get()));
	}
}

package org.clearlot.pricing.valuation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.clearlot.catalog.ListingFacts;
import org.clearlot.pricing.PricingProperties;
import org.clearlot.pricing.model.CarFacts;
import org.clearlot.pricing.model.Estimate;
import org.clearlot.pricing.model.ValuationModel;
import org.springframework.stereotype.Service;

/**
 * Values cars with the model in service. The model is swapped atomically when a retrained one is ready, so a
 * request uses one model throughout and never waits for training.
 */
@Service
public class ValuationService {

	private final AtomicReference<ValuationModel> current = new AtomicReference<>();
	private final PricingProperties properties;
	private final Clock clock;

	public ValuationService(PricingProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** The model in service, if one was trained or loaded yet. */
	public Optional<ValuationModel> current() {
		return Optional.ofNullable(current.get());
	}

	/** Puts a model into service; requests that already hold the previous one finish with it. */
	void serve(ValuationModel model) {
		current.set(model);
	}

	/** The model in service, or a 503 for the caller to retry later. */
	public ValuationModel require() {
		return current().orElseThrow(() -> new ModelNotReadyException(properties.retryAfter()));
	}

	public Valuation value(CarFacts car) {
		ValuationModel model = require();
		return Valuation.of(model.estimate(car), model.version());
	}

	/** A listing's valuation as of today, with its deal rating unless an exclusion applies. */
	public ListingValuation value(ListingFacts listing) {
		return value(require(), listing);
	}

	/** A listing's valuation by the given model (a page that also shows the model's facts reads it once). */
	public ListingValuation value(ValuationModel model, ListingFacts listing) {
		CarFacts car = ListingCars.of(listing, today());
		Estimate estimate = model.estimate(car, TrainingData.group(listing.id()));
		Optional<Exclusion> exclusion = Exclusion.of(car, estimate.comparables(), properties.minComparables());
		DealRating rating = exclusion.isPresent() ? null
				: DealRating.of(listing.priceFen(), estimate.estimateFen(), properties.rating());
		return new ListingValuation(listing.id(), listing.priceFen(), estimate.estimateFen(), estimate.lowFen(),
				estimate.highFen(), estimate.comparables(), model.version(), rating,
				DealRating.deviationPercent(listing.priceFen(), estimate.estimateFen()), exclusion.orElse(null),
				exclusion.map(e -> e.english(properties.minComparables())).orElse(null));
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ListingCars.CHINA));
	}

	public PricingProperties properties() {
		return properties;
	}
}

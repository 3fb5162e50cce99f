package org.clearlot.catalog.search;

import java.util.List;

import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.Vin;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.Range;

/**
 * Builds the search predicate for a query: only ACTIVE listings, the text over names and description (all words
 * required) or, when the text is a VIN, that exact car, and every filter — optionally leaving out one facet's own filter, which is how that facet's counts
 * "reflect the other active filters".
 */
final class SearchPredicates {

	private SearchPredicates() {
	}

	static SearchPredicate build(SearchPredicateFactory f, ListingQuery q, Facet leftOut) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		bool.filter(f.match().field("status").matching(ListingStatus.ACTIVE.name(), ValueModel.INDEX));
		if (q.text() != null && Vin.problemWith(q.text()).isEmpty()) {
			bool.filter(f.match().field("vehicle.vin").matching(Vin.of(q.text()).value()));
		}
		else if (q.text() != null) {
			bool.must(f.simpleQueryString().fields("vehicle.names", "description").matching(q.text())
					.defaultOperator(BooleanOperator.AND));
		}
		if (!q.registrableStandards().isEmpty()) {
			bool.filter(f.terms().field(Facet.EMISSION_STANDARD.field()).matchingAny(q.registrableStandards(),
					ValueModel.INDEX));
		}
		anyOf(f, bool, Facet.MAKE, q.makes(), leftOut);
		anyOf(f, bool, Facet.MODEL, q.models(), leftOut);
		anyOf(f, bool, Facet.POWERTRAIN, q.powertrains(), leftOut);
		anyOf(f, bool, Facet.CITY, q.cities(), leftOut);
		anyOf(f, bool, Facet.EMISSION_STANDARD, q.emissionStandards(), leftOut);
		anyOf(f, bool, Facet.BODY_TYPE, q.bodyTypes(), leftOut);
		if (leftOut != Facet.YEAR && (q.yearMin() != null || q.yearMax() != null)) {
			bool.filter(f.range().field(Facet.YEAR.field()).within(closed(q.yearMin(), q.yearMax())));
		}
		if (leftOut != Facet.PRICE && (q.priceMinFen() != null || q.priceMaxFen() != null)) {
			bool.filter(f.range().field(Facet.PRICE.field()).within(closed(q.priceMinFen(), q.priceMaxFen())));
		}
		if (leftOut != Facet.GRADE && !q.grades().isEmpty()) {
			bool.filter(f.terms().field(Facet.GRADE.field()).matchingAny(q.grades().stream().map(Integer::valueOf).toList()));
		}
		if (leftOut != Facet.CONDITION) {
			conditions(f, bool, q);
		}
		if (leftOut != Facet.BATTERY && q.sohMin() != null) {
			bool.filter(f.range().field(Facet.BATTERY.field()).atLeast(q.sohMin().floatValue()));
		}
		if (leftOut != Facet.MILEAGE && (q.mileageMinKm() != null || q.mileageMaxKm() != null)) {
			bool.filter(f.range().field(Facet.MILEAGE.field()).within(closed(q.mileageMinKm(), q.mileageMaxKm())));
		}
		return bool.toPredicate();
	}

	private static void anyOf(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, Facet facet,
			List<String> values, Facet leftOut) {
		if (values.isEmpty() || facet == leftOut) {
			return;
		}
		bool.filter(f.terms().field(facet.field()).matchingAny(values, ValueModel.INDEX));
	}

	private static void conditions(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, ListingQuery q) {
		if (q.noAccident()) {
			bool.filter(f.match().field("vehicle.accident").matching(false));
		}
		if (q.noFlood()) {
			bool.filter(f.match().field("vehicle.flood").matching(false));
		}
		if (q.noFire()) {
			bool.filter(f.match().field("vehicle.fire").matching(false));
		}
	}

	/** The inclusive range from {@code min} to {@code max}, either of which may be open. */
	private static <T> Range<T> closed(T min, T max) {
		if (min == null) {
			return Range.atMost(max);
		}
		return max == null ? Range.atLeast(min) : Range.between(min, max);
	}

	/** Whether the query filters on this facet. */
	static boolean filters(ListingQuery q, Facet facet) {
		return switch (facet) {
			case MAKE -> !q.makes().isEmpty();
			case MODEL -> !q.models().isEmpty();
			case POWERTRAIN -> !q.powertrains().isEmpty();
			case CITY -> !q.cities().isEmpty();
			case EMISSION_STANDARD -> !q.emissionStandards().isEmpty();
			case BODY_TYPE -> !q.bodyTypes().isEmpty();
			case YEAR -> q.yearMin() != null || q.yearMax() != null;
			case PRICE -> q.priceMinFen() != null || q.priceMaxFen() != null;
			case MILEAGE -> q.mileageMinKm() != null || q.mileageMaxKm() != null;
			case GRADE -> !q.grades().isEmpty();
			case CONDITION -> q.noAccident() || q.noFlood() || q.noFire();
			case BATTERY -> q.sohMin() != null;
		};
	}
}

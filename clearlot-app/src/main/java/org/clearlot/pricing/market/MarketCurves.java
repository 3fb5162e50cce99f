package org.clearlot.pricing.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clearlot.catalog.ListingFacts;
import org.clearlot.catalog.Powertrain;
import org.clearlot.pricing.model.CarFacts;
import org.clearlot.pricing.model.ValuationModel;

/**
 * Residual-value curves read off the model in service: for a model of car, its estimate at each age (driven
 * 15,000 km a year, in its most listed trim) as a share of its estimate at one year old, at the ages whose model
 * years the platform has cars of. Averaged over the models of each powertrain (weighted by how many are listed)
 * they compare electric and combustion cars' depreciation.
 */
final class MarketCurves {

	static final int MAX_AGE = 8;
	private static final int KM_PER_YEAR = 15_000;

	private MarketCurves() {
	}

	/** The curves of the {@code top} most listed models. */
	static List<ResidualCurve> byModel(ValuationModel model, List<ListingFacts> listings, int thisYear, int top) {
		return allModels(model, listings, thisYear).stream()
				.sorted(Comparator.comparingInt(ResidualCurve::listings).reversed()).limit(top).toList();
	}

	/** The curves of each powertrain, averaged over its models weighted by listings. */
	static List<ResidualCurve> byPowertrain(ValuationModel model, List<ListingFacts> listings, int thisYear) {
		Map<Powertrain, List<ResidualCurve>> groups = new EnumMap<>(Powertrain.class);
		for (ResidualCurve series : allModels(model, listings, thisYear)) {
			groups.computeIfAbsent(series.powertrain(), p -> new ArrayList<>()).add(series);
		}
		List<ResidualCurve> curves = new ArrayList<>();
		groups.forEach((powertrain, members) -> {
			Double[] average = new Double[MAX_AGE];
			for (int age = 1; age <= MAX_AGE; age++) {
				double sum = 0;
				int weight = 0;
				for (ResidualCurve member : members) {
					if (member.percentByAge()[age - 1] != null) {
						sum += member.percentByAge()[age - 1] * member.listings();
						weight += member.listings();
					}
				}
				average[age - 1] = weight == 0 ? null : Math.round(sum / weight * 10) / 10.0;
			}
			curves.add(new ResidualCurve(powertrain.name(), powertrain, members.stream().mapToInt(ResidualCurve::listings).sum(),
					average));
		});
		return curves;
	}

	private static List<ResidualCurve> allModels(ValuationModel model, List<ListingFacts> listings, int thisYear) {
		Map<String, List<ListingFacts>> byModel = listings.stream()
				.collect(Collectors.groupingBy(l -> l.make() + "\u001f" + l.model(), LinkedHashMap::new, Collectors.toList()));
		String city = mostCommon(listings, ListingFacts::city);
		List<ResidualCurve> series = new ArrayList<>();
		byModel.forEach((label, cars) -> {
			ListingFacts first = cars.get(0);
			String trim = mostCommon(cars, ListingFacts::trim);
			Map<Integer, Integer> years = model.modelYears(first.make(), first.model());
			double base = estimate(model, first, trim, city, thisYear - 1, 1);
			Double[] percent = new Double[MAX_AGE];
			for (int age = 1; age <= MAX_AGE; age++) {
				int year = thisYear - age;
				if (years.containsKey(year)) {
					percent[age - 1] = Math.round(estimate(model, first, trim, city, year, age) / base * 1000) / 10.0;
				}
			}
			series.add(new ResidualCurve(label, first.powertrain(), cars.size(), percent));
		});
		return series;
	}

	private static double estimate(ValuationModel model, ListingFacts car, String trim, String city, int year, int age) {
		return model.estimate(new CarFacts(car.make(), car.model(), trim, year, age, age * KM_PER_YEAR, city,
				car.powertrain(), null, false, false, false, null)).estimateFen();
	}

	private static <T> String mostCommon(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
				.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
				.map(Map.Entry::getKey).orElse(null);
	}
}

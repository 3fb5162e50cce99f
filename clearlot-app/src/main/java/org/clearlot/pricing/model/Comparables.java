package org.clearlot.pricing.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts training cars by make, model and model year, to say how many comparables back an estimate. */
final class Comparables {

	private final Map<String, Map<Integer, Integer>> byModel = new HashMap<>();
	private final int yearWindow;

	Comparables(List<TrainingRow> rows, int yearWindow) {
		this.yearWindow = yearWindow;
		for (TrainingRow row : rows) {
			byModel.computeIfAbsent(row.car().modelKey(), key -> new HashMap<>()).merge(row.car().year(), 1, Integer::sum);
		}
	}

	Comparables(Map<String, Map<Integer, Integer>> counts, int yearWindow) {
		this.yearWindow = yearWindow;
		counts.forEach((model, years) -> byModel.put(model, new HashMap<>(years)));
	}

	/** Training cars of the same make and model whose model year is within the window of this car's. */
	int count(CarFacts car) {
		Map<Integer, Integer> years = byModel.getOrDefault(car.modelKey(), Map.of());
		int count = 0;
		for (int year = car.year() - yearWindow; year <= car.year() + yearWindow; year++) {
			count += years.getOrDefault(year, 0);
		}
		return count;
	}

	Map<String, Map<Integer, Integer>> counts() {
		return byModel;
	}

	int yearWindow() {
		return yearWindow;
	}
}

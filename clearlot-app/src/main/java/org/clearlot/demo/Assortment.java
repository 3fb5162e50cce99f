package org.clearlot.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.clearlot.catalog.Powertrain;
import org.clearlot.demo.DemoOrganization.Focus;
import org.clearlot.demo.ModelSpec.Trim;

/**
 * Chooses which car a dealer lists: a model weighted by popularity, scaled so that the market as a whole is about
 * 45 % ICE, 12 % HEV, 18 % PHEV and 25 % BEV, then a model year (recent years more often) and a trim.
 */
final class Assortment {

	static final Map<Powertrain, Double> MARKET_MIX = Map.of(Powertrain.ICE, 0.45, Powertrain.HEV, 0.12,
			Powertrain.PHEV, 0.18, Powertrain.BEV, 0.25);
	/** Certified pre-owned programmes take cars up to this many years old. */
	static final int CERTIFIED_MAX_AGE = 6;

	private static final Set<String> LUXURY = Set.of("Mercedes-Benz", "BMW", "Audi");
	private static final Set<String> PREMIUM_NEW_ENERGY = Set.of("Tesla", "NIO", "Li Auto", "Zeekr", "Aito", "Xiaomi");

	private final Dice dice;
	private final int currentYear;
	private final Map<Powertrain, Double> powertrainScale = new EnumMap<>(Powertrain.class);

	/** An assortment whose powertrain scale is calibrated so that these sellers together match the market mix. */
	Assortment(Dice dice, int currentYear, List<DemoOrganization> sellers) {
		this.dice = dice;
		this.currentYear = currentYear;
		for (Powertrain powertrain : Powertrain.values()) {
			powertrainScale.put(powertrain, 1.0);
		}
		for (int round = 0; round < 8; round++) {
			Map<Powertrain, Double> mix = expectedMix(sellers);
			for (Powertrain powertrain : Powertrain.values()) {
				double expected = mix.getOrDefault(powertrain, 0.0);
				if (expected > 0) {
					powertrainScale.merge(powertrain, MARKET_MIX.get(powertrain) / expected, (a, b) -> a * b);
				}
			}
		}
	}

	/** The powertrain shares these sellers would list with the current scale, weighted by their share. */
	private Map<Powertrain, Double> expectedMix(List<DemoOrganization> sellers) {
		Map<Powertrain, Double> mix = new EnumMap<>(Powertrain.class);
		double shares = sellers.stream().mapToDouble(DemoOrganization::share).sum();
		for (DemoOrganization seller : sellers) {
			double total = ModelCatalog.ALL.stream().mapToDouble(model -> weight(seller, model)).sum();
			for (ModelSpec model : ModelCatalog.ALL) {
				mix.merge(model.powertrain(), seller.share() / shares * weight(seller, model) / total, Double::sum);
			}
		}
		return mix;
	}

	/** A car for this seller's lot. */
	Choice choose(DemoOrganization seller) {
		ModelSpec model = dice.pick(ModelCatalog.ALL, candidate -> weight(seller, candidate));
		int year = dice.pick(years(seller, model), candidate -> recency(currentYear - candidate));
		List<Trim> trims = model.trimsFor(year);
		Trim trim = dice.pick(trims, candidate -> 1.0 / (1 + 0.3 * trims.indexOf(candidate)));
		return new Choice(model, trim, model.trims().indexOf(trim), year);
	}

	private double weight(DemoOrganization seller, ModelSpec model) {
		if (years(seller, model).isEmpty()) {
			return 0;
		}
		return model.weight() * powertrainScale.get(model.powertrain()) * focus(seller, model);
	}

	private static double focus(DemoOrganization seller, ModelSpec model) {
		return switch (seller.focus()) {
			case GENERAL -> 1;
			case BRAND -> model.make().equals(seller.brand()) ? 1 : 0;
			case PREMIUM -> LUXURY.contains(model.make()) ? 6
					: PREMIUM_NEW_ENERGY.contains(model.make()) ? 2.5 : model.make().equals("Wuling") ? 0 : 0.4;
			case NEW_ENERGY -> model.powertrain().hasTractionBattery() ? 3
					: model.powertrain() == Powertrain.HEV ? 0.8 : 0.25;
		};
	}

	/** The model years this seller may list: built, not in the future, and young enough for a certified programme. */
	private List<Integer> years(DemoOrganization seller, ModelSpec model) {
		int from = seller.focus() == Focus.BRAND ? Math.max(model.firstYear(), currentYear - CERTIFIED_MAX_AGE)
				: model.firstYear();
		int to = Math.min(model.lastYear(), currentYear);
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	/** Used-car stock peaks at two to four years old and thins out after that. */
	static double recency(int age) {
		if (age <= 1) {
			return 0.7;
		}
		if (age <= 4) {
			return 1.0;
		}
		return Math.max(0.25, 1.0 - 0.075 * (age - 4));
	}

	/** A model, one of its trims (and that trim's index in the model's list) and a model year. */
	record Choice(ModelSpec model, Trim trim, int trimIndex, int year) {
	}
}

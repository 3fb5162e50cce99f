package org.clearlot.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/** Seeded random choices, so that the demo market is the same on every run with the same seed. */
final class Dice {

	private final RandomGenerator random;

	Dice(long seed) {
		this.random = new SplittableRandom(seed);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	/** A whole number from {@code from} to {@code to}, both included. */
	int between(int from, int to) {
		return random.nextInt(from, to + 1);
	}

	double uniform(double from, double to) {
		return random.nextDouble(from, to);
	}

	/** A normally distributed number with the given mean and standard deviation, cut off at ±2.5 deviations. */
	double normal(double mean, double deviation) {
		double z = Math.max(-2.5, Math.min(2.5, random.nextGaussian()));
		return mean + z * deviation;
	}

	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	<T> T pick(List<T> items, ToDoubleFunction<? super T> weight) {
		double total = 0;
		for (T item : items) {
			total += weight.applyAsDouble(item);
		}
		if (total <= 0) {
			throw new IllegalArgumentException("nothing to pick from");
		}
		double target = random.nextDouble(total);
		for (T item : items) {
			target -= weight.applyAsDouble(item);
			if (target < 0) {
				return item;
			}
		}
		return items.get(items.size() - 1);
	}

	/** {@code count} characters drawn from {@code alphabet}. */
	String chars(String alphabet, int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}
}

package org.clearlot.simulator.cli;

import java.time.Duration;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parsers for the command line's durations ("10s", "5m", "2h", "PT30S", plain seconds) and speeds ("max", "60"). */
final class Conversions {

	private Conversions() {
	}

	static Duration duration(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		try {
			if (value.startsWith("pt") || value.startsWith("p")) {
				return Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			if (value.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
			}
			char unit = value.charAt(value.length() - 1);
			if (Character.isDigit(unit)) {
				return Duration.ofSeconds(Long.parseLong(value));
			}
			long amount = Long.parseLong(value.substring(0, value.length() - 1));
			return switch (unit) {
				case 's' -> Duration.ofSeconds(amount);
				case 'm' -> Duration.ofMinutes(amount);
				case 'h' -> Duration.ofHours(amount);
				case 'd' -> Duration.ofDays(amount);
				default -> throw new TypeConversionException("unknown unit in " + text);
			};
		}
		catch (RuntimeException bad) {
			if (bad instanceof TypeConversionException) {
				throw bad;
			}
			throw new TypeConversionException("not a duration: " + text + " (use 10s, 5m, 2h, 1d or PT10S)");
		}
	}

	/** Simulated seconds per real second; {@link Double#POSITIVE_INFINITY} for "max". */
	static double speed(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (value.equals("max")) {
			return Double.POSITIVE_INFINITY;
		}
		try {
			double speed = Double.parseDouble(value.endsWith("x") ? value.substring(0, value.length() - 1) : value);
			if (!(speed > 0)) {
				throw new TypeConversionException("speed must be positive: " + text);
			}
			return speed;
		}
		catch (NumberFormatException bad) {
			throw new TypeConversionException("not a speed: " + text + " (a number, such as 60, or max)");
		}
	}

	static final class DurationConverter implements ITypeConverter<Duration> {
		@Override
		public Duration convert(String value) {
			return duration(value);
		}
	}

	static final class SpeedConverter implements ITypeConverter<Double> {
		@Override
		public Double convert(String value) {
			return speed(value);
		}
	}
}

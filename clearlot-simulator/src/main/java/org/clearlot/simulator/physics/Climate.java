package org.clearlot.simulator.physics;

/**
 * Ambient temperature of a place: an annual cosine (coldest around 20 January), a daily cosine (warmest at 15:00
 * local time) and a day-to-day weather anomaly that is the same for every vehicle of the place (interpolated
 * between days, about ±3 °C).
 *
 * @param meanC          annual mean temperature
 * @param seasonalAmplitudeC half the difference between the mean July and the mean January temperature
 * @param diurnalAmplitudeC  half the typical day–night difference
 * @param weatherSeed    seeds the day-to-day anomaly (the same seed gives the same weather)
 */
public record Climate(double meanC, double seasonalAmplitudeC, double diurnalAmplitudeC, long weatherSeed) {

	private static final double DAY = 86_400;
	private static final long BEIJING_OFFSET = 8 * 3600;

	/** A climate guessed from latitude alone, for places not in the city table (northern hemisphere, China). */
	public static Climate ofLatitude(double latitude, long weatherSeed) {
		double mean = 31.0 - 0.62 * Math.max(0, latitude - 18);
		double seasonal = Math.max(4, 0.75 * (latitude - 12));
		return new Climate(mean, seasonal, 5.0, weatherSeed);
	}

	/** Ambient temperature in °C at {@code epochSecond}. */
	public double ambientC(long epochSecond) {
		double local = epochSecond + BEIJING_OFFSET;
		double dayOfYear = (local / DAY) % 365.2425;
		double hour = (local % DAY) / 3600.0;
		double seasonal = -seasonalAmplitudeC * Math.cos(2 * Math.PI * (dayOfYear - 20) / 365.2425);
		double diurnal = diurnalAmplitudeC * Math.cos(2 * Math.PI * (hour - 15) / 24);
		return meanC + seasonal + diurnal + anomaly(local / DAY);
	}

	/** Whether it rains (or is humid enough to matter for insulation) on the local day containing {@code epochSecond}. */
	public boolean wetDay(long epochSecond) {
		long day = Math.floorDiv(epochSecond + BEIJING_OFFSET, (long) DAY);
		return uniform(day, 0x5eed) < 0.25;
	}

	private double anomaly(double day) {
		long whole = (long) Math.floor(day);
		double fraction = day - whole;
		double today = 3.0 * (uniform(whole, 1) + uniform(whole, 2) + uniform(whole, 3) - 1.5) * 2 / 3;
		double tomorrow = 3.0 * (uniform(whole + 1, 1) + uniform(whole + 1, 2) + uniform(whole + 1, 3) - 1.5) * 2 / 3;
		return today + fraction * (tomorrow - today);
	}

	private double uniform(long day, long salt) {
		return (Seeds.mix(weatherSeed, day, salt) >>> 11) * 0x1.0p-53;
	}
}

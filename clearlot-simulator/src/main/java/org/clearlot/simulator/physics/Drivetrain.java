package org.clearlot.simulator.physics;

/**
 * Road-load physics of a car: the electrical power its battery delivers for a speed and acceleration (positive =
 * discharge), with drive and regeneration efficiencies, a regeneration limit, and the cabin's heating or cooling.
 *
 * @param massKg       kerb mass plus one occupant
 * @param dragAreaM2   drag coefficient × frontal area
 * @param rollingCoefficient tyre rolling resistance coefficient
 * @param driveEfficiency battery-to-wheel efficiency when driving
 * @param regenEfficiency wheel-to-battery efficiency when braking
 * @param regenLimitKw    the most braking power the motor recovers
 * @param heatPump        whether the cabin is heated by a heat pump (about half the power of a resistive heater)
 */
public record Drivetrain(double massKg, double dragAreaM2, double rollingCoefficient, double driveEfficiency,
		double regenEfficiency, double regenLimitKw, boolean heatPump) {

	private static final double AIR_DENSITY = 1.2;
	private static final double GRAVITY = 9.81;
	private static final double AUXILIARY_KW = 0.3;

	/** Battery power in kW at {@code speedMs} and {@code accelerationMs2}; negative when regenerating. */
	public double tractionKw(double speedMs, double accelerationMs2, boolean regenAllowed) {
		double force = massKg * GRAVITY * rollingCoefficient * (speedMs > 0.1 ? 1 : 0)
				+ 0.5 * AIR_DENSITY * dragAreaM2 * speedMs * speedMs + massKg * accelerationMs2;
		double wheelKw = force * speedMs / 1000;
		if (wheelKw >= 0) {
			return wheelKw / driveEfficiency;
		}
		if (!regenAllowed) {
			return 0;
		}
		return Math.max(wheelKw * regenEfficiency, -regenLimitKw);
	}

	/** Power in kW for auxiliaries and the cabin's heating or air conditioning at {@code ambientC}. */
	public double comfortKw(double ambientC) {
		double heating = Math.min(4.5, Math.max(0, 18 - ambientC) * 0.15) * (heatPump ? 0.5 : 1);
		double cooling = Math.min(3.0, Math.max(0, ambientC - 24) * 0.18);
		return AUXILIARY_KW + heating + cooling;
	}
}

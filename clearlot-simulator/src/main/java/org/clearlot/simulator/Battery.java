package org.clearlot.simulator;

import org.clearlot.simulator.physics.AgeingStress;
import org.clearlot.simulator.physics.OcvCurve;

/**
 * The TRUE physical state of a pack: state of charge against the true usable capacity, temperature, resistance,
 * throughput and fade. True SoH = start SoH − calendar loss since the epoch − cycle loss since the epoch, with
 * calendar loss = rate × (√τ − √τ₀) over stress-weighted equivalent days τ.
 */
final class Battery {

	private static final double SELF_DISCHARGE_PER_HOUR = 0.00003;
	/** Pack resistance × capacity of a new pack at 25 °C, in Ω·Ah per series cell (0.8 mΩ at 150 Ah). */
	private static final double RESISTANCE_OHM_AH_PER_CELL = 0.12;

	private final PackSpec pack;
	private final OcvCurve ocv;
	private final boolean lfp;
	private final FadeRates fade;
	private final double startSoh;
	private final double sqrtStartAge;
	private final double newResistanceOhm;
	private final double heatCapacityJPerK;
	private final double passiveWPerK;
	private final boolean liquidCooling;

	private double soc;
	private double tempC;
	private double equivalentDays;
	private double cycleLoss;
	private double soh;
	private double chargeAh;
	private double dischargeAh;
	private double energyKwh;
	private double calendarStress = 1;
	private double cycleHeat = 1;
	private double lastHeatW;
	private double resistanceOhm;

	Battery(VehicleSpec spec, double soc, double tempC) {
		this.pack = spec.pack();
		this.ocv = pack.chemistry().ocv();
		this.lfp = pack.chemistry() == Chemistry.LFP;
		this.fade = spec.fade();
		this.startSoh = spec.startSoh();
		this.equivalentDays = spec.ageDays();
		this.sqrtStartAge = Math.sqrt(spec.ageDays());
		this.newResistanceOhm = RESISTANCE_OHM_AH_PER_CELL * pack.cellsInSeries() / pack.nominalCapacityAh();
		double massKg = pack.nominalEnergyKwh() * (lfp ? 7.0 : 5.5);
		this.heatCapacityJPerK = massKg * 1000;
		this.passiveWPerK = 0.5 * pack.nominalEnergyKwh();
		this.liquidCooling = spec.equipment().liquidCooling();
		this.soc = soc;
		this.tempC = tempC;
		this.soh = startSoh;
		updateStress();
	}

	/**
	 * Passes {@code currentA} (positive = discharge) for {@code seconds}, exchanging heat with {@code ambientC};
	 * {@code moving} increases air flow, {@code thermal} says whether the pack may be cooled or heated.
	 */
	void flow(double currentA, double seconds, double ambientC, boolean moving, ThermalMode thermal) {
		double ah = currentA * seconds / 3600;
		soc -= ah / usableCapacityAh();
		if (soc < 0) {
			soc = 0;
		}
		if (soc > 1) {
			soc = 1;
		}
		double volts = terminalVoltage(currentA);
		if (ah > 0) {
			dischargeAh += ah;
		}
		else {
			chargeAh -= ah;
		}
		energyKwh += Math.abs(ah) * volts / 1000;
		double cRate = currentA / pack.nominalCapacityAh();
		double efc = Math.abs(ah) / (2 * pack.nominalCapacityAh());
		cycleLoss += fade.cyclePerEfc() * efc * cycleHeat * AgeingStress.cycleRate(tempC, cRate);
		lastHeatW = currentA * currentA * resistanceOhm();
		double exchange = passiveWPerK * (moving ? 2.5 : 1) * (ambientC - tempC);
		double active = thermal == ThermalMode.PASSIVE ? 0 : activeThermalW(ambientC, thermal == ThermalMode.CHARGING);
		tempC += (lastHeatW + exchange + active) * seconds / heatCapacityJPerK;
		age(seconds);
	}

	/** Rests (no current) for {@code seconds} at {@code ambientC}, with self-discharge and calendar ageing. */
	void rest(double seconds, double ambientC) {
		double tau = heatCapacityJPerK / passiveWPerK;
		tempC = ambientC + (tempC - ambientC) * Math.exp(-seconds / tau);
		soc = Math.max(0, soc - SELF_DISCHARGE_PER_HOUR * seconds / 3600);
		lastHeatW = 0;
		updateStress();
		age(seconds);
	}

	/** Heat (W) added by the thermal system: a chiller or fan above 32 °C, a heater below 8 °C when charging. */
	private double activeThermalW(double ambientC, boolean charging) {
		if (tempC > 32) {
			double demand = Math.min(1, (tempC - 32) / 6);
			return liquidCooling ? -5000 * demand : -60 * Math.max(0, tempC - ambientC) * demand;
		}
		if (charging && tempC < 8) {
			return liquidCooling ? 3000 : 1500;
		}
		return 0;
	}

	/** The most power (kW) the BMS lets the pack deliver: 2.5 C-equivalent, much less in the cold. */
	double maxDischargeKw() {
		return 2.5 * pack.nominalEnergyKwh() * Math.max(0.25, Math.min(1, (tempC + 30) / 45));
	}

	/** Electrical power (kW) the thermal system draws now. */
	double thermalLoadKw(boolean charging) {
		if (tempC > 32) {
			return liquidCooling ? 1.5 * Math.min(1, (tempC - 32) / 6) : 0.2;
		}
		return charging && tempC < 8 ? (liquidCooling ? 3.0 : 1.5) : 0;
	}

	private void age(double seconds) {
		equivalentDays += seconds / 86_400 * calendarStress;
		soh = startSoh - fade.calendarPerSqrtDay() * (Math.sqrt(equivalentDays) - sqrtStartAge) - cycleLoss;
	}

	/** Recomputes the slowly changing stress factors and the resistance; call about once a minute. */
	void updateStress() {
		calendarStress = AgeingStress.calendar(tempC, soc, lfp);
		cycleHeat = AgeingStress.cycleHeat(tempC);
		double cold = tempC < 25 ? Math.exp(0.025 * (25 - tempC)) : 1;
		resistanceOhm = resistanceAt25Ohm() * cold;
	}

	double soc() {
		return soc;
	}

	void setSoc(double soc) {
		this.soc = Math.max(0, Math.min(1, soc));
	}

	double tempC() {
		return tempC;
	}

	/** Heats the pack by {@code kelvin} (thermal runaway). */
	void heat(double kelvin) {
		tempC += kelvin;
	}

	double lastHeatKw() {
		return lastHeatW / 1000;
	}

	double soh() {
		return soh;
	}

	double startSoh() {
		return startSoh;
	}

	double usableCapacityAh() {
		return pack.nominalCapacityAh() * soh;
	}

	/** Pack resistance now: grows as capacity fades (+50 % at 80 % SoH) and in the cold (×2.7 at −15 °C). */
	double resistanceOhm() {
		return resistanceOhm;
	}

	double resistanceAt25Ohm() {
		return newResistanceOhm * (1 + 2.5 * Math.max(0, 1 - soh));
	}

	double openCircuitVoltage() {
		return pack.cellsInSeries() * ocv.voltage(soc);
	}

	double terminalVoltage(double currentA) {
		return openCircuitVoltage() - currentA * resistanceOhm();
	}

	/** The current (A) that delivers {@code kw} at the terminals (negative kW charges). */
	double currentFor(double kw) {
		double ocvV = openCircuitVoltage();
		double r = resistanceOhm();
		double watts = kw * 1000;
		double discriminant = ocvV * ocvV - 4 * r * watts;
		if (discriminant < 0) {
			return ocvV / (2 * r);
		}
		return (ocvV - Math.sqrt(discriminant)) / (2 * r);
	}

	double chargeThroughputAh() {
		return chargeAh;
	}

	double dischargeThroughputAh() {
		return dischargeAh;
	}

	double energyThroughputKwh() {
		return energyKwh;
	}

	double equivalentFullCycles() {
		return (chargeAh + dischargeAh) / 2 / pack.nominalCapacityAh();
	}
}

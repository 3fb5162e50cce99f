package org.clearlot.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Powertrain;

/**
 * One model in one powertrain as sold in China: the years it was built, its VIN prefix and its trims.
 *
 * @param wmi world manufacturer identifier of the Chinese maker (VIN positions 1–3)
 * @param vds four descriptor characters (VIN positions 4–7); position 8 is the trim
 * @param plant assembly plant code (VIN position 11)
 * @param weight relative popularity among used cars of the same powertrain
 */
record ModelSpec(String make, String model, BodyType body, Powertrain powertrain, int firstYear, int lastYear,
		String wmi, String vds, char plant, int seats, double weight, List<Trim> trims) {

	/** The trims on sale in a model year. */
	List<Trim> trimsFor(int year) {
		return trims.stream().filter(trim -> trim.builtIn(year)).toList();
	}

	/**
	 * A trim with its list price in yuan (after purchase subsidies, where there were any) and drivetrain facts.
	 * {@code firstYear}/{@code lastYear} narrow the model's years; {@code seats} overrides the model's.
	 */
	record Trim(String name, long msrpYuan, String transmission, Integer displacementMl, Integer rangeKm, Pack pack,
			int firstYear, int lastYear, Integer seats) {

		Trim years(int from, int to) {
			return new Trim(name, msrpYuan, transmission, displacementMl, rangeKm, pack, from, to, seats);
		}

		Trim seats(int count) {
			return new Trim(name, msrpYuan, transmission, displacementMl, rangeKm, pack, firstYear, lastYear, count);
		}

		boolean builtIn(int year) {
			return year >= firstYear && year <= lastYear;
		}
	}

	/** A traction battery pack: nominal capacity and voltage, chemistry, and the cell supplier's 3-character code. */
	record Pack(BigDecimal capacityAh, BigDecimal voltageV, String chemistry, String supplier) {

		/** A pack of the given energy: the capacity follows from energy and voltage. */
		static Pack of(double kWh, double volts, String chemistry, String supplier) {
			BigDecimal voltage = BigDecimal.valueOf(volts).setScale(1, RoundingMode.HALF_UP);
			BigDecimal capacity = BigDecimal.valueOf(kWh * 1000 / volts).setScale(1, RoundingMode.HALF_UP);
			return new Pack(capacity, voltage, chemistry, supplier);
		}

		double kWh() {
			return capacityAh.multiply(voltageV).doubleValue() / 1000;
		}
	}
}

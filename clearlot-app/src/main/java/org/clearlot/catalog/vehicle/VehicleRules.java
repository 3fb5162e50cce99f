package org.clearlot.catalog.vehicle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;
import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.NewVehicle;
import org.clearlot.catalog.PackCode;
import org.clearlot.catalog.Powertrain;
import org.clearlot.catalog.Vin;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;

/**
 * Checks a vehicle registration field by field and turns it into {@link VehicleFacts}; every problem found is
 * reported at once, named by its field.
 */
public final class VehicleRules {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private VehicleRules() {
	}

	public static VehicleFacts validate(NewVehicle input) {
		Problems problems = new Problems();
		Vin vin = null;
		FieldProblem vinProblem = Vin.check(input.vin()).orElse(null);
		if (vinProblem == null) {
			vin = Vin.of(input.vin());
		}
		else {
			problems.list.add(vinProblem);
		}
		String make = problems.text("make", input.make(), 40, true);
		String model = problems.text("model", input.model(), 60, true);
		String trim = problems.text("trim", input.trim(), 120, false);
		int thisYear = Year.now(CHINA).getValue();
		Integer year = problems.range("year", input.year(), 1980, thisYear + 1, true);
		BodyType bodyType = problems.oneOf("bodyType", input.bodyType(), BodyType.class, true);
		Colour colour = problems.oneOf("colour", input.colour(), Colour.class, true);
		Powertrain powertrain = problems.oneOf("powertrain", input.powertrain(), Powertrain.class, true);
		EmissionStandard emission = problems.oneOf("emissionStandard", input.emissionStandard(), EmissionStandard.class, true);
		Transmission transmission = problems.oneOf("transmission", input.transmission(), Transmission.class, false);
		Integer displacement = problems.range("displacementMl", input.displacementMl(), 50, 10_000, false);
		Integer seats = problems.range("seats", input.seats(), 1, 12, false);
		Integer rangeKm = problems.range("rangeKm", input.rangeKm(), 1, 2_000, false);
		LocalDate registered = input.firstRegistrationDate();
		if (registered == null) {
			problems.add("firstRegistrationDate", Reason.REQUIRED);
		}
		else if (registered.isAfter(LocalDate.now(CHINA))) {
			problems.add("firstRegistrationDate", Reason.FUTURE_DATE);
		}
		else if (year != null && registered.getYear() < year - 1) {
			problems.add("firstRegistrationDate", Reason.BEFORE_MODEL_YEAR, year);
		}
		String city = null;
		if (input.registrationCity() == null || input.registrationCity().isBlank()) {
			problems.add("registrationCity", Reason.REQUIRED);
		}
		else {
			city = Cities.find(input.registrationCity()).map(c -> c.id()).orElse(null);
			if (city == null) {
				problems.add("registrationCity", Reason.UNKNOWN_CITY, input.registrationCity());
			}
		}
		if (powertrain != null && emission != null) {
			if (powertrain == Powertrain.BEV && emission != EmissionStandard.ZERO_EMISSION) {
				problems.add("emissionStandard", Reason.BEV_NEEDS_ZERO_EMISSION);
			}
			if (powertrain != Powertrain.BEV && emission == EmissionStandard.ZERO_EMISSION) {
				problems.add("emissionStandard", Reason.ONLY_BEV_ZERO_EMISSION);
			}
		}
		BatterySpec battery = battery(input.battery(), powertrain, problems);
		problems.throwIfAny();
		return new VehicleFacts(vin, make, model, trim == null ? "" : trim, year, bodyType, colour, powertrain, emission,
				transmission, displacement, seats, rangeKm, registered, city, battery);
	}

	private static BatterySpec battery(NewVehicle.Battery battery, Powertrain powertrain, Problems problems) {
		if (battery == null) {
			if (powertrain != null && powertrain.hasTractionBattery()) {
				problems.add("battery", Reason.BATTERY_REQUIRED, powertrain);
			}
			return null;
		}
		if (powertrain == Powertrain.ICE) {
			problems.add("battery", Reason.ICE_HAS_NO_BATTERY);
			return null;
		}
		BigDecimal capacity = problems.decimal("battery.nominalCapacityAh", battery.nominalCapacityAh(), 1, 2_000);
		BigDecimal voltage = problems.decimal("battery.nominalVoltageV", battery.nominalVoltageV(), 12, 1_000);
		BatteryChemistry chemistry = problems.oneOf("battery.chemistry", battery.chemistry(), BatteryChemistry.class, true);
		String packCode = battery.packCode() == null || battery.packCode().isBlank() ? null
				: PackCode.normalize(battery.packCode());
		if (packCode != null) {
			PackCode.problem(packCode).ifPresent(problem -> problems.add("battery.packCode", Reason.PACK_CODE_FORMAT,
					problem));
		}
		return new BatterySpec(capacity, voltage, chemistry, packCode);
	}

	/** Collects field problems while parsing. */
	private static final class Problems {

		private final List<FieldProblem> list = new ArrayList<>();

		void add(String field, Reason reason, Object... args) {
			list.add(FieldProblem.of(field, reason, args));
		}

		String text(String field, String value, int max, boolean required) {
			if (value == null || value.isBlank()) {
				if (required) {
					add(field, Reason.REQUIRED);
				}
				return null;
			}
			String stripped = value.strip();
			if (stripped.length() > max) {
				add(field, Reason.TOO_LONG, max);
				return null;
			}
			return stripped;
		}

		Integer range(String field, Integer value, int min, int max, boolean required) {
			if (value == null) {
				if (required) {
					add(field, Reason.REQUIRED);
				}
				return null;
			}
			if (value < min || value > max) {
				add(field, Reason.RANGE, min, max);
				return null;
			}
			return value;
		}

		BigDecimal decimal(String field, BigDecimal value, int min, int max) {
			if (value == null) {
				add(field, Reason.REQUIRED);
				return null;
			}
			if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
				add(field, Reason.RANGE, min, max);
				return null;
			}
			return value;
		}

		<E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
			if (value == null || value.isBlank()) {
				if (required) {
					add(field, Reason.REQUIRED_ONE_OF, allowed(type));
				}
				return null;
			}
			try {
				return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
			}
			catch (IllegalArgumentException unknown) {
				add(field, Reason.NOT_ONE_OF, value, allowed(type));
				return null;
			}
		}

		void throwIfAny() {
			if (!list.isEmpty()) {
				throw InvalidInputException.of(list);
			}
		}

		private static String allowed(Class<? extends Enum<?>> type) {
			return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		}
	}
}

package org.clearlot.pricing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clearlot.catalog.Powertrain;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.geo.City;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;
import org.clearlot.pricing.model.CarFacts;

/**
 * Checks a valuation request, naming every bad field at once, and turns it into the car the model values. A car
 * known only by its model year is taken to have been registered as long after the start of that year as the
 * platform's cars typically are.
 */
final class ValuationRequests {

	static final int MAX_MILEAGE_KM = 2_000_000;
	private static final String POWERTRAINS = Arrays.toString(Powertrain.values());

	private ValuationRequests() {
	}

	static CarFacts validate(ValuationRequest request, LocalDate today, double typicalRegistrationLagYears) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request == null) {
			throw InvalidInputException.of("make", Reason.REQUIRED);
		}
		String make = text(problems, "make", request.make(), 40);
		String model = text(problems, "model", request.model(), 60);
		if (request.trim() != null && request.trim().strip().length() > 120) {
			problems.add(FieldProblem.of("trim", Reason.TOO_LONG, 120));
		}
		Integer year = range(problems, "year", request.year(), 1980, today.getYear() + 1);
		Integer mileage = range(problems, "mileageKm", request.mileageKm(), 0, MAX_MILEAGE_KM);
		City city = city(problems, request.city());
		Powertrain powertrain = powertrain(problems, request.powertrain());
		if (request.grade() != null) {
			range(problems, "grade", request.grade(), 1, 5);
		}
		if (request.sohPercent() != null && (request.sohPercent() <= 0 || request.sohPercent() > 100)) {
			problems.add(FieldProblem.of("sohPercent", Reason.RANGE, 1, 100));
		}
		if (request.sohPercent() != null && powertrain == Powertrain.ICE) {
			problems.add(FieldProblem.of("sohPercent", Reason.ICE_HAS_NO_BATTERY));
		}
		LocalDate registered = registration(problems, request.firstRegistrationDate(), year, today);
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		double age = registered != null ? CarFacts.age(registered, today)
				: Math.max(0, today.getDayOfYear() / 365.25 + today.getYear() - year - typicalRegistrationLagYears);
		return new CarFacts(make, model, request.trim() == null ? null : request.trim().strip(), year, age, mileage,
				city.id(), powertrain, request.grade(), Boolean.TRUE.equals(request.accident()),
				Boolean.TRUE.equals(request.flood()), Boolean.TRUE.equals(request.fire()), request.sohPercent());
	}

	private static String text(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, Reason.REQUIRED));
			return null;
		}
		if (value.strip().length() > max) {
			problems.add(FieldProblem.of(field, Reason.TOO_LONG, max));
		}
		return value.strip();
	}

	private static Integer range(List<FieldProblem> problems, String field, Integer value, int min, int max) {
		if (value == null) {
			problems.add(FieldProblem.of(field, Reason.REQUIRED));
			return null;
		}
		if (value < min || value > max) {
			problems.add(FieldProblem.of(field, Reason.RANGE, String.valueOf(min), String.valueOf(max)));
			return null;
		}
		return value;
	}

	private static City city(List<FieldProblem> problems, String city) {
		if (city == null || city.isBlank()) {
			problems.add(FieldProblem.of("city", Reason.REQUIRED));
			return null;
		}
		return Cities.find(city).orElseGet(() -> {
			problems.add(FieldProblem.of("city", Reason.UNKNOWN_CITY, city));
			return null;
		});
	}

	private static Powertrain powertrain(List<FieldProblem> problems, String value) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of("powertrain", Reason.REQUIRED_ONE_OF, POWERTRAINS));
			return null;
		}
		try {
			return Powertrain.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(FieldProblem.of("powertrain", Reason.NOT_ONE_OF, value, POWERTRAINS));
			return null;
		}
	}

	private static LocalDate registration(List<FieldProblem> problems, String value, Integer year, LocalDate today) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.isAfter(today)) {
				problems.add(FieldProblem.of("firstRegistrationDate", Reason.FUTURE_DATE));
			}
			else if (year != null && date.getYear() < year - 1) {
				problems.add(FieldProblem.of("firstRegistrationDate", Reason.BEFORE_MODEL_YEAR, year));
			}
			return date;
		}
		catch (DateTimeParseException notADate) {
			problems.add(FieldProblem.of("firstRegistrationDate", Reason.NOT_DATE, value));
			return null;
		}
	}
}

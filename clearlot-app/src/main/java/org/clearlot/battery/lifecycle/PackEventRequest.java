package org.clearlot.battery.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.clearlot.catalog.PackCode;
import org.clearlot.catalog.Vin;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;

/** A lifecycle event request that passed its field checks, normalized. */
record PackEventRequest(PackEventType type, Instant occurredAt, String vin, String newPackCode, String facility,
		String notes) {

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	static PackCode packCode(String raw, List<FieldProblem> problems) {
		String normalized = PackCode.normalize(raw);
		var problem = PackCode.problem(normalized);
		if (problem.isPresent()) {
			problems.add(FieldProblem.of("packCode", Reason.PACK_CODE_FORMAT, problem.get()));
			return null;
		}
		return new PackCode(normalized);
	}

	/** The checked request, or null with the problems added. */
	static PackEventRequest check(NewPackEvent request, Instant now, List<FieldProblem> problems) {
		int before = problems.size();
		if (request == null) {
			problems.add(FieldProblem.of("type", Reason.REQUIRED_ONE_OF, names()));
			return null;
		}
		PackEventType type = type(request.type(), problems);
		if (request.occurredAt() == null) {
			problems.add(FieldProblem.of("occurredAt", Reason.REQUIRED));
		}
		else if (request.occurredAt().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
			problems.add(FieldProblem.of("occurredAt", Reason.FUTURE_DATE));
		}
		String vin = request.vin() == null || request.vin().isBlank() ? null : request.vin().strip();
		if (vin == null && type == PackEventType.INSTALLED) {
			problems.add(new FieldProblem("vin", "is required for INSTALLED: the vehicle the pack went into"));
		}
		else if (vin != null) {
			Vin.check(vin).ifPresent(problem -> problems.add(new FieldProblem("vin", problem.message())));
		}
		String newCode = PackCode.normalize(request.newPackCode());
		if (type == PackEventType.SECOND_LIFE) {
			if (newCode == null || newCode.isEmpty()) {
				problems.add(new FieldProblem("newPackCode",
						"is required for SECOND_LIFE: the repurposed product's own GB/T 34014 code"));
			}
			else {
				PackCode.problem(newCode).ifPresent(
						problem -> problems.add(FieldProblem.of("newPackCode", Reason.PACK_CODE_FORMAT, problem)));
			}
		}
		text("facility", request.facility(), 120, problems);
		text("notes", request.notes(), 1000, problems);
		if (problems.size() > before) {
			return null;
		}
		return new PackEventRequest(type, request.occurredAt().toInstant(), vin == null ? null : Vin.of(vin).value(),
				type == PackEventType.SECOND_LIFE ? newCode : null, blankToNull(request.facility()),
				blankToNull(request.notes()));
	}

	private static PackEventType type(String raw, List<FieldProblem> problems) {
		if (raw == null || raw.isBlank()) {
			problems.add(FieldProblem.of("type", Reason.REQUIRED_ONE_OF, names()));
			return null;
		}
		try {
			return PackEventType.valueOf(raw.strip());
		}
		catch (IllegalArgumentException unknown) {
			problems.add(FieldProblem.of("type", Reason.NOT_ONE_OF, raw, names()));
			return null;
		}
	}

	private static void text(String field, String value, int max, List<FieldProblem> problems) {
		if (value != null && value.length() > max) {
			problems.add(FieldProblem.of(field, Reason.TOO_LONG, max));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String names() {
		return String.join(", ", Arrays.stream(PackEventType.values()).map(Enum::name).toList());
	}
}

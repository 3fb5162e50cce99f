package org.clearlot.telemetry.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.telemetry.ChargingState;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.VehicleState;
import tools.jackson.databind.JsonNode;

/**
 * Turns one JSON reading into a {@link TelemetryReading}, collecting a problem per field of the wrong type instead
 * of failing the whole request, so one bad reading does not cost the others. Unknown properties are ignored.
 * Collection times are kept to the microsecond, as stored.
 */
final class ReadingParser {

	private final JsonNode node;
	private final List<String> problems = new ArrayList<>();

	private ReadingParser(JsonNode node) {
		this.node = node;
	}

	/** The reading, or null with the problems filled in. */
	static TelemetryReading parse(JsonNode node, List<String> problems) {
		if (node == null || !node.isObject()) {
			problems.add("reading: must be a JSON object");
			return null;
		}
		ReadingParser parser = new ReadingParser(node);
		TelemetryReading reading = parser.read();
		problems.addAll(parser.problems);
		return parser.problems.isEmpty() ? reading : null;
	}

	private TelemetryReading read() {
		return new TelemetryReading(text("vin"), time("ts"), vehicleState(), chargingState(), decimal("speedKmh"),
				decimal("odometerKm"), decimal("packVoltageV"), decimal("packCurrentA"), decimal("socPercent"),
				whole("insulationKohm"), decimal("cellVoltageMaxV"), decimal("cellVoltageMinV"),
				whole("probeTempMaxC"), whole("probeTempMinC"), whole("alarmLevel"), names("alarmFlags"),
				decimal("latitude"), decimal("longitude"));
	}

	private JsonNode value(String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value;
	}

	private String text(String field) {
		JsonNode value = value(field);
		if (value != null && !value.isString()) {
			problems.add(field + ": must be a string");
			return null;
		}
		return value == null ? null : value.stringValue();
	}

	private OffsetDateTime time(String field) {
		String value = text(field);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeParseException e) {
			problems.add(field + ": '" + value + "' is not an ISO-8601 time with offset (2025-03-01T10:00:00+08:00)");
			return null;
		}
	}

	private VehicleState vehicleState() {
		String value = text("vehicleState");
		try {
			return value == null ? null : VehicleState.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			problems.add("vehicleState: '" + value + "' is not one of ON, OFF, OTHER");
			return null;
		}
	}

	private ChargingState chargingState() {
		String value = text("chargingState");
		try {
			return value == null ? null : ChargingState.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			problems.add("chargingState: '" + value
					+ "' is not one of PARKED_CHARGING, DRIVING_CHARGING, NOT_CHARGING, CHARGE_COMPLETE");
			return null;
		}
	}

	private Double decimal(String field) {
		JsonNode value = value(field);
		if (value != null && !value.isNumber()) {
			problems.add(field + ": must be a number");
			return null;
		}
		return value == null ? null : value.doubleValue();
	}

	private Integer whole(String field) {
		JsonNode value = value(field);
		if (value != null && !(value.isIntegralNumber() && value.canConvertToInt())) {
			problems.add(field + ": must be a whole number");
			return null;
		}
		return value == null ? null : value.intValue();
	}

	private List<String> names(String field) {
		JsonNode value = value(field);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			problems.add(field + ": must be an array of alarm names");
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (JsonNode name : value) {
			if (!name.isString()) {
				problems.add(field + ": must be an array of alarm names");
				return List.of();
			}
			names.add(name.stringValue());
		}
		return names;
	}
}

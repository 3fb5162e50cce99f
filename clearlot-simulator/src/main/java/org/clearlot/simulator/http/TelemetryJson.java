package org.clearlot.simulator.http;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.clearlot.simulator.AlarmFlag;
import org.clearlot.simulator.Reading;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a batch as Clearlot's telemetry JSON, {@code {"readings":[…]}}, one object per reading with the field
 * names of {@link Reading} ({@code ts} as ISO-8601 with offset, {@code alarmFlags} as names), plus the full lists
 * {@code cellVoltagesV} and {@code probeTemperaturesC} unless they are left out.
 */
public final class TelemetryJson {

	private static final JsonMapper MAPPER = JsonMapper.shared();

	private final boolean lists;

	public TelemetryJson(boolean lists) {
		this.lists = lists;
	}

	public byte[] batch(List<Reading> readings) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(readings.size() * (lists ? 1400 : 520));
		try (JsonGenerator json = MAPPER.createGenerator(out)) {
			json.writeStartObject();
			json.writeName("readings");
			json.writeStartArray();
			for (Reading reading : readings) {
				write(json, reading);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	private void write(JsonGenerator json, Reading r) {
		json.writeStartObject();
		json.writeStringProperty("vin", r.vin());
		json.writeStringProperty("ts", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.ts()));
		json.writeStringProperty("vehicleState", r.vehicleState().name());
		json.writeStringProperty("chargingState", r.chargingState().name());
		json.writeNumberProperty("speedKmh", r.speedKmh());
		json.writeNumberProperty("odometerKm", r.odometerKm());
		json.writeNumberProperty("packVoltageV", r.packVoltageV());
		json.writeNumberProperty("packCurrentA", r.packCurrentA());
		json.writeNumberProperty("socPercent", r.socPercent());
		json.writeNumberProperty("insulationKohm", r.insulationKohm());
		json.writeNumberProperty("cellVoltageMaxV", r.cellVoltageMaxV());
		json.writeNumberProperty("cellVoltageMinV", r.cellVoltageMinV());
		json.writeNumberProperty("probeTempMaxC", r.probeTempMaxC());
		json.writeNumberProperty("probeTempMinC", r.probeTempMinC());
		json.writeNumberProperty("alarmLevel", r.alarmLevel());
		json.writeName("alarmFlags");
		json.writeStartArray();
		for (AlarmFlag flag : r.alarmFlags()) {
			json.writeString(flag.name());
		}
		json.writeEndArray();
		json.writeNumberProperty("latitude", r.latitude());
		json.writeNumberProperty("longitude", r.longitude());
		if (lists) {
			json.writeName("cellVoltagesV");
			json.writeStartArray();
			for (int i = 0; i < r.cellVoltages().size(); i++) {
				json.writeNumber(r.cellVoltages().volts(i));
			}
			json.writeEndArray();
			json.writeName("probeTemperaturesC");
			json.writeStartArray();
			for (int i = 0; i < r.probeTemperatures().size(); i++) {
				json.writeNumber(r.probeTemperatures().celsius(i));
			}
			json.writeEndArray();
		}
		json.writeEndObject();
	}
}

package org.clearlot.gbt32960.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.Gbt32960Encoder;
import org.clearlot.gbt32960.GeneralAlarm;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.realtime.AlarmData;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.gbt32960.realtime.ChargingState;
import org.clearlot.gbt32960.realtime.DcDcState;
import org.clearlot.gbt32960.realtime.ExtremesData;
import org.clearlot.gbt32960.realtime.GearPosition;
import org.clearlot.gbt32960.realtime.MotorData;
import org.clearlot.gbt32960.realtime.MotorState;
import org.clearlot.gbt32960.realtime.PositionData;
import org.clearlot.gbt32960.realtime.ProbeTemperatures;
import org.clearlot.gbt32960.realtime.RunningMode;
import org.clearlot.gbt32960.realtime.Signature;
import org.clearlot.gbt32960.realtime.SignatureAlgorithm;
import org.clearlot.gbt32960.realtime.VehicleData;
import org.clearlot.gbt32960.realtime.VehicleState;

/**
 * The frames the benchmark decodes: a realistic full realtime report per revision (vehicle, two motors, position,
 * extremes (2016) and alarm, 96 cell voltages, 32 probe temperatures; 2025 with an SM2-sized signature), built with
 * the encoder, and rtm_con's two sample reports. {@link #main} prints their sizes for the benchmark script.
 */
public final class BenchmarkFrames {

	/** Benchmark parameter values, in table order. */
	public static final String FULL_2016 = "full-2016", FULL_2025 = "full-2025", SAMPLE_2016 = "rtm_con-data_2016",
			SAMPLE_2025 = "rtm_con-data_2025";

	private static final String VIN = "LSVAU2A37K2100001";
	private static final LocalDateTime TIME = LocalDateTime.of(2025, 11, 3, 8, 30, 15);

	private BenchmarkFrames() {
	}

	/** Every frame by parameter name. */
	public static Map<String, byte[]> all() {
		Map<String, String> samples = samples();
		Map<String, byte[]> frames = new LinkedHashMap<>();
		frames.put(FULL_2016, full(Revision.V2016));
		frames.put(FULL_2025, full(Revision.V2025));
		frames.put(SAMPLE_2016, HexFormat.of().parseHex(samples.get("data_2016")));
		frames.put(SAMPLE_2025, HexFormat.of().parseHex(samples.get("data_2025")));
		return frames;
	}

	/** Prints "name bytes" per frame. */
	public static void main(String[] args) {
		all().forEach((name, frame) -> System.out.println(name + " " + frame.length));
	}

	static byte[] full(Revision revision) {
		boolean v2016 = revision == Revision.V2016;
		VehicleData.Builder vehicle = VehicleData.builder(revision).state(VehicleState.ON)
				.charging(ChargingState.NOT_CHARGING).mode(RunningMode.ELECTRIC).speedKmh(63.4).odometerKm(48213.7)
				.packVoltageV(372.5).packCurrentA(41.3).socPercent(67).dcDc(DcDcState.WORKING)
				.gear(GearPosition.DRIVE, true, false).insulationKohm(5200);
		MotorData.Builder front = MotorData.builder(revision, 1).state(MotorState.CONSUMING).controllerTemperatureC(48)
				.speedRpm(6100).torqueNm(85.5).temperatureC(61);
		MotorData.Builder rear = MotorData.builder(revision, 2).state(MotorState.CONSUMING).controllerTemperatureC(51)
				.speedRpm(6100).torqueNm(120.0).temperatureC(64);
		if (v2016) {
			vehicle.acceleratorPercent(22).brakePercent(0);
			front.controllerVoltageV(371.9).controllerCurrentA(20.5);
			rear.controllerVoltageV(371.9).controllerCurrentA(24.1);
		}
		int[] millivolts = new int[96];
		for (int i = 0; i < millivolts.length; i++) {
			millivolts[i] = 3870 + (i * 7) % 23;
		}
		int[] celsius = new int[32];
		for (int i = 0; i < celsius.length; i++) {
			celsius[i] = 24 + i % 5;
		}
		CellVoltages cells = CellVoltages.of(revision, 1, 372.5, 41.3, millivolts);
		ProbeTemperatures probes = ProbeTemperatures.ofCelsius(1, celsius);
		Realtime.Builder report = Realtime.builder(TIME).vehicle(vehicle.build()).motors(front.build(), rear.build())
				.position(PositionData.of(revision, 31.230416, 121.473701))
				.alarm(AlarmData.builder(revision).raise(GeneralAlarm.SOC_LOW, 1).otherFaults(0x00080002).build())
				.cellVoltages(cells).temperatures(probes);
		if (v2016) {
			report.extremes(ExtremesData.derive(List.of(cells), List.of(probes)));
		} else {
			report.signature(Signature.of(SignatureAlgorithm.SM2, new byte[32], new byte[32]));
		}
		return new Gbt32960Encoder().encode(Frame.of(revision, VIN, report.build()));
	}

	private static Map<String, String> samples() {
		try (InputStream in = BenchmarkFrames.class.getResourceAsStream("sample-frames.txt")) {
			Map<String, String> samples = new LinkedHashMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.trim().split(" ");
					samples.put(parts[0], parts[1]);
				}
			}
			return samples;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

package org.clearlot.gbt32960.internal.realtime;

import java.util.List;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.MotorData;
import org.clearlot.gbt32960.realtime.Sentinel;

/** 2025 drive motors: a count, then 10 bytes per motor with a DWORD torque; see {@link MotorData}. */
final class Motors2025Codec {

	private static final int ENTRY = MotorData.length(Revision.V2025);

	private Motors2025Codec() {
	}

	static List<MotorData> decode(WireReader in, Notes notes) {
		int count = Counts.byteCount(in, notes, "drive motor");
		if (count < 0 || !in.has((long) count * ENTRY)) {
			return null;
		}
		MotorData[] motors = new MotorData[count];
		for (int i = 0; i < count; i++) {
			motors[i] = new MotorData(Revision.V2025, in.u8(), in.u8(), in.u8(), in.u16(), in.u32(), in.u8(),
					Sentinel.ABSENT_RAW, Sentinel.ABSENT_RAW);
		}
		return List.of(motors);
	}

	static void encode(List<MotorData> motors, WireWriter out) {
		out.u8(WireWriter.count(motors.size(), 0xFD, "drive motors"));
		for (MotorData motor : motors) {
			out.u8(motor.number()).u8(motor.state()).u8(motor.controllerTemperature()).u16(motor.speed())
					.u32(motor.torque()).u8(motor.temperature());
		}
	}
}

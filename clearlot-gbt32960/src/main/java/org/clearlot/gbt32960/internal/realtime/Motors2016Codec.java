package org.clearlot.gbt32960.internal.realtime;

import java.util.List;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.MotorData;

/** 2016 drive motors: a count, then 12 bytes per motor; see {@link MotorData}. */
final class Motors2016Codec {

	private static final int ENTRY = MotorData.length(Revision.V2016);

	private Motors2016Codec() {
	}

	static List<MotorData> decode(WireReader in, Notes notes) {
		int count = Counts.byteCount(in, notes, "drive motor");
		if (count < 0 || !in.has((long) count * ENTRY)) {
			return null;
		}
		MotorData[] motors = new MotorData[count];
		for (int i = 0; i < count; i++) {
			motors[i] = new MotorData(Revision.V2016, in.u8(), in.u8(), in.u8(), in.u16(), in.u16(), in.u8(),
					in.u16(), in.u16());
		}
		return List.of(motors);
	}

	static void encode(List<MotorData> motors, WireWriter out) {
		out.u8(WireWriter.count(motors.size(), 0xFD, "drive motors"));
		for (MotorData motor : motors) {
			out.u8(motor.number()).u8(motor.state()).u8(motor.controllerTemperature()).u16(motor.speed())
					.u16((int) motor.torque()).u8(motor.temperature()).u16(motor.controllerVoltage())
					.u16(motor.controllerCurrent());
		}
	}
}

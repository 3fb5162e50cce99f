package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.Sentinel;
import org.clearlot.gbt32960.realtime.VehicleData;

/**
 * Whole-vehicle data, both revisions: the 2025 block is the 2016 block without its two trailing pedal bytes; see
 * {@link VehicleData}.
 */
final class VehicleCodec {

	private VehicleCodec() {
	}

	static VehicleData decode(WireReader in, Revision revision) {
		if (!in.has(VehicleData.length(revision))) {
			return null;
		}
		int state = in.u8(), charging = in.u8(), mode = in.u8(), speed = in.u16();
		long odometer = in.u32();
		int voltage = in.u16(), current = in.u16(), soc = in.u8(), dcDc = in.u8(), gear = in.u8();
		int insulation = in.u16();
		boolean pedals = revision == Revision.V2016;
		int accelerator = pedals ? in.u8() : Sentinel.ABSENT_RAW;
		int brake = pedals ? in.u8() : Sentinel.ABSENT_RAW;
		return new VehicleData(revision, state, charging, mode, speed, odometer, voltage, current, soc, dcDc, gear,
				insulation, accelerator, brake);
	}

	static void encode(VehicleData vehicle, WireWriter out) {
		out.u8(vehicle.state()).u8(vehicle.charging()).u8(vehicle.mode()).u16(vehicle.speed())
				.u32(vehicle.odometer()).u16(vehicle.voltage()).u16(vehicle.current()).u8(vehicle.soc())
				.u8(vehicle.dcDc()).u8(vehicle.gear()).u16(vehicle.insulation());
		if (vehicle.revision() == Revision.V2016) {
			out.u8(vehicle.accelerator()).u8(vehicle.brake());
		}
	}
}

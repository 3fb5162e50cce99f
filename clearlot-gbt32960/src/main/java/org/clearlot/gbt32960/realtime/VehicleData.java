package org.clearlot.gbt32960.realtime;

import java.util.Objects;
import org.clearlot.gbt32960.Revision;

/**
 * Whole-vehicle data (information type 01), 20 bytes in 2016 and 18 in 2025, which drops the two pedal bytes. The
 * components are raw wire values; the methods with a unit in their name convert them and return {@code NaN} for
 * sentinels. Gear byte: bits 0–3 gear, bit 4 braking force, bit 5 driving force, bit 7 (2025) gear invalid.
 *
 * <pre>
 * state | charging | mode | speed WORD ×0.1 km/h | odometer DWORD ×0.1 km | voltage WORD ×0.1 V |
 *   current WORD ×0.1 A −1000 A (2016) / −3000 A (2025), positive = discharge | SOC % | DC-DC | gear |
 *   insulation WORD kΩ | 2016 only: accelerator % | brake % (101 = applied, travel not measured)
 * 2016: 01 03 01 00 7A 00 00 0A 1D 1E 81 27 43 55 01 1E 19 99 00 10
 *       on, not charging, electric, 12.2 km/h, 258.9 km, 780.9 V, 5.1 A, 85 %, DC-DC on, D with braking force,
 *       6553 kΩ, accelerator 0 %, brake 16 %
 * 2025: 01 03 01 00 00 00 02 61 06 1B E2 75 46 4B 01 1F 19 99
 *       on, not charging, electric, 0 km/h, 15591.0 km, 713.8 V, 2.2 A, 75 %, DC-DC on, P with braking force, 6553 kΩ
 * </pre>
 *
 * @param revision    the revision, which decides the current offset and the pedal fields
 * @param state       vehicle state, see {@link #vehicleState()}
 * @param charging    charging state, see {@link #chargingState()}
 * @param mode        running mode, see {@link #runningMode()}
 * @param speed       raw speed
 * @param odometer    raw odometer
 * @param voltage     raw pack voltage
 * @param current     raw pack current
 * @param soc         raw state of charge
 * @param dcDc        DC-DC state, see {@link #dcDcState()}
 * @param gear        raw gear byte
 * @param insulation  raw insulation resistance
 * @param accelerator raw accelerator travel (2016), {@link Sentinel#ABSENT_RAW} in 2025
 * @param brake       raw brake travel (2016), {@link Sentinel#ABSENT_RAW} in 2025
 */
public record VehicleData(Revision revision, int state, int charging, int mode, int speed, long odometer, int voltage,
		int current, int soc, int dcDc, int gear, int insulation, int accelerator, int brake) {

	/** Length of the block after its type byte. */
	public static int length(Revision revision) {
		return revision == Revision.V2016 ? 20 : 18;
	}

	public VehicleData {
		Objects.requireNonNull(revision, "revision");
	}

	public VehicleState vehicleState() {
		return VehicleState.of(state);
	}

	public ChargingState chargingState() {
		return ChargingState.of(charging);
	}

	public RunningMode runningMode() {
		return RunningMode.of(mode);
	}

	public double speedKmh() {
		return Scaling.ofWord(speed, 0.1, 0);
	}

	public double odometerKm() {
		return Scaling.ofDword(odometer, 0.1, 0);
	}

	public double packVoltageV() {
		return Scaling.ofWord(voltage, 0.1, 0);
	}

	/** Pack current in amperes, positive when discharging. */
	public double packCurrentA() {
		return Scaling.ofWord(current, 0.1, Scaling.currentOffset(revision));
	}

	public double socPercent() {
		return Scaling.ofByte(soc, 1, 0);
	}

	public DcDcState dcDcState() {
		return DcDcState.of(dcDc);
	}

	public GearPosition gearPosition() {
		return GearPosition.of(gear & 0x0F);
	}

	public boolean brakingForce() {
		return (gear & 0x10) != 0;
	}

	public boolean drivingForce() {
		return (gear & 0x20) != 0;
	}

	/** Whether the gear bits are valid; 2025 clears bit 7 for valid, 2016 has no such bit. */
	public boolean gearValid() {
		return revision == Revision.V2016 || (gear & 0x80) == 0;
	}

	public double insulationKohm() {
		return Scaling.ofWord(insulation, 1, 0);
	}

	/** Accelerator pedal travel in percent (2016 only). */
	public double acceleratorPercent() {
		return Scaling.ofByte(accelerator, 1, 0);
	}

	/** Brake pedal travel in percent (2016 only); {@code NaN} also for 101, "applied, travel not measured". */
	public double brakePercent() {
		return brake > 100 ? Double.NaN : Scaling.ofByte(brake, 1, 0);
	}

	/** A builder in physical units; fields left unset are sent as invalid (FF, FFFF, FFFFFFFF), the gear as neutral. */
	public static Builder builder(Revision revision) {
		return new Builder(revision);
	}

	/** Builds vehicle data from physical values, rounding to the wire resolution. */
	public static final class Builder {
		private final Revision revision;
		private int state = 0xFF, charging = 0xFF, mode = 0xFF, speed = 0xFFFF, voltage = 0xFFFF, current = 0xFFFF;
		private long odometer = 0xFFFF_FFFFL;
		private int soc = 0xFF, dcDc = 0xFF, gear, insulation = 0xFFFF, accelerator, brake;

		private Builder(Revision revision) {
			this.revision = Objects.requireNonNull(revision, "revision");
			accelerator = revision == Revision.V2016 ? 0xFF : Sentinel.ABSENT_RAW;
			brake = accelerator;
		}

		public Builder state(VehicleState value) {
			state = value.code();
			return this;
		}

		public Builder charging(ChargingState value) {
			charging = value.code();
			return this;
		}

		public Builder mode(RunningMode value) {
			mode = value.code();
			return this;
		}

		public Builder speedKmh(double value) {
			speed = Scaling.toWord(value, 0.1, 0, "speed");
			return this;
		}

		public Builder odometerKm(double value) {
			odometer = Scaling.toDword(value, 0.1, 0, "odometer");
			return this;
		}

		public Builder packVoltageV(double value) {
			voltage = Scaling.toWord(value, 0.1, 0, "pack voltage");
			return this;
		}

		/** Pack current, positive when discharging: −1000 to +5553 A in 2016, −3000 to +3553 A in 2025. */
		public Builder packCurrentA(double value) {
			current = Scaling.toWord(value, 0.1, Scaling.currentOffset(revision), "pack current");
			return this;
		}

		public Builder socPercent(int value) {
			soc = Scaling.checkRange(value, 100, "SOC");
			return this;
		}

		public Builder dcDc(DcDcState value) {
			dcDc = value.code();
			return this;
		}

		public Builder gear(GearPosition position, boolean drivingForce, boolean brakingForce) {
			gear = position.code() | (drivingForce ? 0x20 : 0) | (brakingForce ? 0x10 : 0);
			return this;
		}

		public Builder insulationKohm(int value) {
			insulation = Scaling.checkRaw(value, 2, "insulation");
			return this;
		}

		/** Accelerator travel, 2016 only. */
		public Builder acceleratorPercent(int value) {
			accelerator = pedal(value, 100, "accelerator");
			return this;
		}

		/** Brake travel, 2016 only: 0–100, or 101 for "applied, travel not measured". */
		public Builder brakePercent(int value) {
			brake = pedal(value, 101, "brake");
			return this;
		}

		public VehicleData build() {
			return new VehicleData(revision, state, charging, mode, speed, odometer, voltage, current, soc, dcDc, gear,
					insulation, accelerator, brake);
		}

		private int pedal(int value, int max, String pedal) {
			if (revision != Revision.V2016) {
				throw new IllegalArgumentException("the " + pedal + " pedal is a 2016 field");
			}
			return Scaling.checkRange(value, max, pedal);
		}
	}
}

package org.clearlot.gbt32960.realtime;

import java.util.Objects;
import org.clearlot.gbt32960.Revision;

/**
 * One drive motor of the motor block (information type 02: a count BYTE, then one entry per motor). 12 bytes in 2016;
 * 10 in 2025, which widens the torque to a DWORD, moves the speed offset and drops the controller's voltage and
 * current. Components are raw wire values; methods with a unit convert them ({@code NaN} for sentinels).
 *
 * <pre>
 * 2016: number | state | controller °C −40 | speed WORD rpm −20000 | torque WORD ×0.1 N·m −2000 | motor °C −40 |
 *       controller voltage WORD ×0.1 V | controller current WORD ×0.1 A −1000
 *   01 01 38 51 79 4E 34 3D 1E 4B 27 24     motor 1 drawing power, 16 °C, 857 rpm, 2.0 N·m, 21 °C, 775.5 V, 2.0 A
 * 2025: number | state | controller °C −40 | speed WORD rpm −32000 | torque DWORD ×0.1 N·m −20000 | motor °C −40
 *   02 03 49 7D 00 00 03 0D 3B 45           motor 2 off, 33 °C, 0 rpm, −0.5 N·m, 29 °C
 * </pre>
 *
 * @param revision              the revision, which decides offsets and fields
 * @param number                motor number, 1–253
 * @param state                 see {@link #motorState()}
 * @param controllerTemperature raw controller temperature
 * @param speed                 raw speed
 * @param torque                raw torque (WORD in 2016, DWORD in 2025)
 * @param temperature           raw motor temperature
 * @param controllerVoltage     raw controller input voltage (2016), {@link Sentinel#ABSENT_RAW} in 2025
 * @param controllerCurrent     raw controller DC bus current (2016), {@link Sentinel#ABSENT_RAW} in 2025
 */
public record MotorData(Revision revision, int number, int state, int controllerTemperature, int speed, long torque,
		int temperature, int controllerVoltage, int controllerCurrent) {

	/** Length of one motor entry. */
	public static int length(Revision revision) {
		return revision == Revision.V2016 ? 12 : 10;
	}

	public MotorData {
		Objects.requireNonNull(revision, "revision");
	}

	public MotorState motorState() {
		return MotorState.of(state);
	}

	public double controllerTemperatureC() {
		return Scaling.ofByte(controllerTemperature, 1, -40);
	}

	public double speedRpm() {
		return Scaling.ofWord(speed, 1, speedOffset(revision));
	}

	public double torqueNm() {
		return revision == Revision.V2016 ? Scaling.ofWord((int) torque, 0.1, -2000)
				: Scaling.ofDword(torque, 0.1, -20000);
	}

	public double temperatureC() {
		return Scaling.ofByte(temperature, 1, -40);
	}

	/** Controller input voltage (2016 only). */
	public double controllerVoltageV() {
		return Scaling.ofWord(controllerVoltage, 0.1, 0);
	}

	/** Controller DC bus current (2016 only), positive when drawing power. */
	public double controllerCurrentA() {
		return Scaling.ofWord(controllerCurrent, 0.1, -1000);
	}

	/** A builder in physical units; unset fields are sent as invalid. */
	public static Builder builder(Revision revision, int number) {
		return new Builder(revision, number);
	}

	private static int speedOffset(Revision revision) {
		return revision == Revision.V2016 ? -20000 : -32000;
	}

	/** Builds a motor entry from physical values. */
	public static final class Builder {
		private final Revision revision;
		private final int number;
		private int state = 0xFF, controllerTemperature = 0xFF, speed = 0xFFFF, temperature = 0xFF;
		private long torque;
		private int controllerVoltage, controllerCurrent;

		private Builder(Revision revision, int number) {
			this.revision = Objects.requireNonNull(revision, "revision");
			this.number = Scaling.checkRaw(number, 1, "motor number");
			boolean v2016 = revision == Revision.V2016;
			torque = v2016 ? 0xFFFF : 0xFFFF_FFFFL;
			controllerVoltage = v2016 ? 0xFFFF : Sentinel.ABSENT_RAW;
			controllerCurrent = controllerVoltage;
		}

		public Builder state(MotorState value) {
			state = value.code();
			return this;
		}

		public Builder controllerTemperatureC(int celsius) {
			controllerTemperature = Scaling.toByte(celsius, 1, -40, "controller temperature");
			return this;
		}

		public Builder speedRpm(int rpm) {
			speed = Scaling.toWord(rpm, 1, speedOffset(revision), "speed");
			return this;
		}

		public Builder torqueNm(double newtonMetres) {
			torque = revision == Revision.V2016 ? Scaling.toWord(newtonMetres, 0.1, -2000, "torque")
					: Scaling.toDword(newtonMetres, 0.1, -20000, "torque");
			return this;
		}

		public Builder temperatureC(int celsius) {
			temperature = Scaling.toByte(celsius, 1, -40, "motor temperature");
			return this;
		}

		/** 2016 only. */
		public Builder controllerVoltageV(double volts) {
			controllerVoltage = Scaling.toWord(volts, 0.1, 0, only2016("controller voltage"));
			return this;
		}

		/** 2016 only. */
		public Builder controllerCurrentA(double amperes) {
			controllerCurrent = Scaling.toWord(amperes, 0.1, -1000, only2016("controller current"));
			return this;
		}

		public MotorData build() {
			return new MotorData(revision, number, state, controllerTemperature, speed, torque, temperature,
					controllerVoltage, controllerCurrent);
		}

		private String only2016(String field) {
			if (revision != Revision.V2016) {
				throw new IllegalArgumentException("the motor " + field + " is a 2016 field");
			}
			return field;
		}
	}
}

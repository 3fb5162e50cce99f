package org.clearlot.gbt32960.realtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.clearlot.gbt32960.GeneralAlarm;
import org.clearlot.gbt32960.Revision;

/**
 * Alarm data (2016 information type 07, 2025 type 06): the highest alarm level, the general flags, four lists of
 * manufacturer fault codes and, in 2025, the level of each raised general alarm.
 *
 * <pre>
 * max level BYTE (2016 0–3, 2025 0–4) | flags DWORD | n1 BYTE | n1 × DWORD storage faults | n2 | motor faults |
 *   n3 | engine faults | n4 | other faults | 2025 only: n5 BYTE | n5 × (flag bit BYTE, level BYTE)
 *   03 00 00 00 03 00 00 00 07 00 01 00 03 .. 00 0A 00 0B 02 00 03 01 03
 *   level 3; flags 0 and 1; no storage, motor or engine faults; seven other faults 00010003 .. 000A000B;
 *   2025: bit 0 at level 3, bit 1 at level 3
 * </pre>
 *
 * @param revision      the revision, which decides the defined flags and the level list
 * @param maxLevel      the highest alarm level (FE/FF sentinels possible)
 * @param generalFlags  the general alarm flags, see {@link #alarms()}
 * @param storageFaults energy-storage fault codes; do not modify
 * @param motorFaults   drive-motor fault codes; do not modify
 * @param engineFaults  engine fault codes; do not modify
 * @param otherFaults   other fault codes; do not modify
 * @param levels        2025: the level per raised flag; empty in 2016
 */
public record AlarmData(Revision revision, int maxLevel, long generalFlags, int[] storageFaults, int[] motorFaults,
		int[] engineFaults, int[] otherFaults, List<Level> levels) {

	/**
	 * The level of one general alarm (2025).
	 *
	 * @param bit   the flag's bit number
	 * @param level its level, 1–4
	 */
	public record Level(int bit, int level) {
		/** The alarm, or {@code null} for a reserved bit. */
		public GeneralAlarm alarm() {
			return GeneralAlarm.ofBit(bit);
		}
	}

	public AlarmData {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(storageFaults, "storageFaults");
		Objects.requireNonNull(motorFaults, "motorFaults");
		Objects.requireNonNull(engineFaults, "engineFaults");
		Objects.requireNonNull(otherFaults, "otherFaults");
		levels = List.copyOf(levels);
	}

	/** No alarm at all. */
	public static AlarmData none(Revision revision) {
		return builder(revision).build();
	}

	/** The general alarms raised. */
	public EnumSet<GeneralAlarm> alarms() {
		return GeneralAlarm.fromFlags(generalFlags, revision);
	}

	public static Builder builder(Revision revision) {
		return new Builder(revision);
	}

	/** Builds alarm data; the highest level defaults to 0. */
	public static final class Builder {
		private static final int[] NONE = new int[0];
		private final Revision revision;
		private int maxLevel;
		private long flags;
		private int[] storage = NONE, motor = NONE, engine = NONE, other = NONE;
		private final List<Level> levels = new ArrayList<>();

		private Builder(Revision revision) {
			this.revision = Objects.requireNonNull(revision, "revision");
		}

		public Builder maxLevel(int level) {
			maxLevel = Scaling.checkRange(level, revision == Revision.V2016 ? 3 : 4, "alarm level");
			return this;
		}

		/** Raises a general alarm. */
		public Builder raise(GeneralAlarm alarm) {
			if (!alarm.definedIn(revision)) {
				throw new IllegalArgumentException(alarm + " is a 2025 alarm");
			}
			flags |= alarm.mask();
			return this;
		}

		/** Raises a general alarm with its level; the level list exists in 2025 only, 2016 keeps just the flag. */
		public Builder raise(GeneralAlarm alarm, int level) {
			int checked = Scaling.checkRange(level, revision == Revision.V2016 ? 3 : 4, "alarm level");
			raise(alarm);
			if (revision == Revision.V2025) {
				levels.add(new Level(alarm.bit(), checked));
			}
			maxLevel = Math.max(maxLevel, checked);
			return this;
		}

		public Builder storageFaults(int... codes) {
			storage = codes.clone();
			return this;
		}

		public Builder motorFaults(int... codes) {
			motor = codes.clone();
			return this;
		}

		public Builder engineFaults(int... codes) {
			engine = codes.clone();
			return this;
		}

		public Builder otherFaults(int... codes) {
			other = codes.clone();
			return this;
		}

		public AlarmData build() {
			return new AlarmData(revision, maxLevel, flags, storage, motor, engine, other, levels);
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AlarmData that && revision == that.revision && maxLevel == that.maxLevel
				&& generalFlags == that.generalFlags && Arrays.equals(storageFaults, that.storageFaults)
				&& Arrays.equals(motorFaults, that.motorFaults) && Arrays.equals(engineFaults, that.engineFaults)
				&& Arrays.equals(otherFaults, that.otherFaults) && levels.equals(that.levels);
	}

	@Override
	public int hashCode() {
		return Objects.hash(revision, maxLevel, generalFlags, Arrays.hashCode(storageFaults),
				Arrays.hashCode(motorFaults), Arrays.hashCode(engineFaults), Arrays.hashCode(otherFaults), levels);
	}

	@Override
	public String toString() {
		return "AlarmData[revision=" + revision + ", maxLevel=" + maxLevel + ", flags=0x"
				+ Long.toHexString(generalFlags) + ", storage=" + Arrays.toString(storageFaults) + ", motor="
				+ Arrays.toString(motorFaults) + ", engine=" + Arrays.toString(engineFaults) + ", other="
				+ Arrays.toString(otherFaults) + ", levels=" + levels + "]";
	}
}

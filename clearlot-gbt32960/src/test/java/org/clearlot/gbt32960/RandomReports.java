package org.clearlot.gbt32960;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.clearlot.gbt32960.realtime.AlarmData;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.gbt32960.realtime.CustomBlock;
import org.clearlot.gbt32960.realtime.EngineData;
import org.clearlot.gbt32960.realtime.ExtremesData;
import org.clearlot.gbt32960.realtime.FuelCellData;
import org.clearlot.gbt32960.realtime.FuelCellStack;
import org.clearlot.gbt32960.realtime.HydrogenSystemData;
import org.clearlot.gbt32960.realtime.MotorData;
import org.clearlot.gbt32960.realtime.PositionData;
import org.clearlot.gbt32960.realtime.ProbeTemperatures;
import org.clearlot.gbt32960.realtime.Sentinel;
import org.clearlot.gbt32960.realtime.Signature;
import org.clearlot.gbt32960.realtime.SupercapacitorData;
import org.clearlot.gbt32960.realtime.SupercapacitorExtremes;
import org.clearlot.gbt32960.realtime.VehicleData;

/** Random but valid raw values for every field of every block, sentinels included; blocks present at random. */
final class RandomReports {

	private final Random random;

	RandomReports(long seed) {
		random = new Random(seed);
	}

	Realtime report(Revision revision) {
		boolean v2016 = revision == Revision.V2016;
		Realtime.Builder report = Realtime.builder(time()).reissue(random.nextBoolean());
		maybe(() -> report.vehicle(vehicle(revision)));
		maybe(() -> report.motors(list(() -> motor(revision), 4)));
		maybe(() -> report.engine(new EngineData(revision, v2016 ? u8() : Sentinel.ABSENT_RAW, u16(),
				v2016 ? u16() : Sentinel.ABSENT_RAW)));
		maybe(() -> report.position(new PositionData(revision, u8(), v2016 ? Sentinel.ABSENT_RAW : u8(), u32(), u32())));
		maybe(() -> report.alarm(alarm(revision)));
		maybe(() -> report.cellVoltages(list(() -> cells(revision), 3)));
		maybe(() -> report.temperatures(list(() -> new ProbeTemperatures(u8(), bytes(60)), 3)));
		for (int i = random.nextInt(3); i > 0; i--) {
			report.customBlock(new CustomBlock(0x80 + random.nextInt(0x7F), bytes(40)));
		}
		if (v2016) {
			maybe(() -> report.fuelCell(new FuelCellData(u16(), u16(), u16(), bytes(10), u16(), u8(), u16(), u8(), u16(),
					u8(), u8())));
			maybe(() -> report.extremes(new ExtremesData(u8(), u8(), u16(), u8(), u8(), u16(), u8(), u8(), u8(), u8(),
					u8(), u8())));
		} else {
			maybe(() -> report.hydrogenSystem(new HydrogenSystemData(u16(), u8(), u16(), u8(), u16(), u8(), u8(), u8(),
					u8())));
			maybe(() -> report.fuelCellStacks(list(() -> new FuelCellStack(u8(), u16(), u16(), u16(), u16(), u8(),
					bytes(8)), 3)));
			maybe(() -> report.supercapacitor(new SupercapacitorData(u8(), u16(), u16(), words(20), bytes(10))));
			maybe(() -> report.supercapacitorExtremes(new SupercapacitorExtremes(u8(), u16(), u16(), u8(), u16(), u16(),
					u8(), u16(), u8(), u8(), u16(), u8())));
			maybe(() -> report.signature(new Signature(u8(), bytes(72), bytes(72), 0, 0)));
		}
		return report.build();
	}

	private VehicleData vehicle(Revision revision) {
		boolean v2016 = revision == Revision.V2016;
		return new VehicleData(revision, u8(), u8(), u8(), u16(), u32(), u16(), u16(), u8(), u8(), u8(), u16(),
				v2016 ? u8() : Sentinel.ABSENT_RAW, v2016 ? u8() : Sentinel.ABSENT_RAW);
	}

	private MotorData motor(Revision revision) {
		boolean v2016 = revision == Revision.V2016;
		return new MotorData(revision, u8(), u8(), u8(), u16(), v2016 ? u16() : u32(), u8(),
				v2016 ? u16() : Sentinel.ABSENT_RAW, v2016 ? u16() : Sentinel.ABSENT_RAW);
	}

	private AlarmData alarm(Revision revision) {
		List<AlarmData.Level> levels = revision == Revision.V2016 ? List.of()
				: list(() -> new AlarmData.Level(random.nextInt(32), random.nextInt(5)), 4);
		return new AlarmData(revision, u8(), u32(), ints(5), ints(5), ints(5), ints(5), levels);
	}

	private CellVoltages cells(Revision revision) {
		int[] millivolts = words(revision == Revision.V2016 ? 200 : 300);
		return revision == Revision.V2016 ? new CellVoltages(revision, u8(), u16(), u16(), u16(), u16(), millivolts)
				: new CellVoltages(revision, u8(), u16(), u16(), millivolts.length, 1, millivolts);
	}

	LocalDateTime time() {
		return LocalDateTime.of(2000 + random.nextInt(256), 1 + random.nextInt(12), 1 + random.nextInt(28),
				random.nextInt(24), random.nextInt(60), random.nextInt(60));
	}

	private void maybe(Runnable add) {
		if (random.nextBoolean()) {
			add.run();
		}
	}

	private <T> List<T> list(Supplier<T> element, int max) {
		List<T> list = new ArrayList<>();
		for (int i = random.nextInt(max + 1); i > 0; i--) {
			list.add(element.get());
		}
		return list;
	}

	private int u8() {
		return random.nextInt(0x100);
	}

	private int u16() {
		return random.nextInt(0x10000);
	}

	private long u32() {
		return random.nextLong() & 0xFFFF_FFFFL;
	}

	private byte[] bytes(int max) {
		byte[] bytes = new byte[random.nextInt(max + 1)];
		random.nextBytes(bytes);
		return bytes;
	}

	/** Counts stay below the sentinels FE/FF, which the decoder reads as "no entries". */
	private int[] ints(int max) {
		return random.ints(random.nextInt(max + 1)).toArray();
	}

	private int[] words(int max) {
		return random.ints(random.nextInt(max + 1), 0, 0x10000).toArray();
	}
}

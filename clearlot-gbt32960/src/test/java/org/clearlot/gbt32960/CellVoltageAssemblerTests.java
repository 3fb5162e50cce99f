package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.junit.jupiter.api.Test;

/** Joining 2016 subsystems of more than 200 cells from the frames that carry their parts. */
class CellVoltageAssemblerTests {

	private static final Gbt32960Encoder ENCODER = new Gbt32960Encoder();
	private static final CellVoltages WHOLE = Reports.cells(Revision.V2016, 450).get(0);

	/** The parts as a platform receives them: each in its own frame, decoded. */
	private static List<CellVoltages> receivedParts() {
		List<CellVoltages> parts = new ArrayList<>();
		for (CellVoltages part : WHOLE.split(CellVoltages.MAX_CELLS_PER_FRAME_2016)) {
			byte[] frame = ENCODER.encode(Frame.of(Revision.V2016, TestFrames.VIN,
					Realtime.builder(TestFrames.TIME).cellVoltages(part).build()));
			parts.add(((Realtime) SampleFrames.decoded(frame).frame().body()).cellVoltages().get(0));
		}
		return parts;
	}

	@Test
	void completesWhenTheLastPartArrivesInAnyOrder() {
		List<CellVoltages> parts = receivedParts();
		Collections.shuffle(parts, new Random(3));
		CellVoltageAssembler assembler = new CellVoltageAssembler();
		assertThat(assembler.offer(TestFrames.VIN, TestFrames.TIME, parts.get(0))).isNull();
		assertThat(assembler.offer(TestFrames.VIN, TestFrames.TIME, parts.get(1))).isNull();
		assertThat(assembler.pendingCount()).isEqualTo(1);
		CellVoltages whole = assembler.offer(TestFrames.VIN, TestFrames.TIME, parts.get(2));
		assertThat(whole).isEqualTo(WHOLE);
		assertThat(assembler.pendingCount()).isZero();
	}

	@Test
	void aRepeatedPartDoesNotCountTwice() {
		List<CellVoltages> parts = receivedParts();
		CellVoltageAssembler assembler = new CellVoltageAssembler();
		assertThat(assembler.offer(TestFrames.VIN, TestFrames.TIME, parts.get(0))).isNull();
		assertThat(assembler.offer(TestFrames.VIN, TestFrames.TIME, parts.get(0))).isNull();
		assertThat(assembler.offer(TestFrames.VIN, TestFrames.TIME, parts.get(1))).isNull();
		assertThat(assembler.offer(TestFrames.VIN, TestFrames.TIME, parts.get(2))).isEqualTo(WHOLE);
	}

	@Test
	void aNewCollectionTimeRestartsTheSubsystem() {
		List<CellVoltages> parts = receivedParts();
		CellVoltageAssembler assembler = new CellVoltageAssembler();
		assembler.offer(TestFrames.VIN, TestFrames.TIME, parts.get(0));
		assembler.offer(TestFrames.VIN, TestFrames.TIME, parts.get(1));
		assertThat(assembler.offer(TestFrames.VIN, TestFrames.TIME.plusSeconds(10), parts.get(2))).isNull();
		assertThat(assembler.pendingCount()).isEqualTo(1);
	}

	@Test
	void keepsVehiclesApartAndBoundsWhatItHolds() {
		List<CellVoltages> parts = receivedParts();
		CellVoltageAssembler assembler = new CellVoltageAssembler(2);
		assembler.offer("VIN-A", TestFrames.TIME, parts.get(0));
		assembler.offer("VIN-B", TestFrames.TIME, parts.get(1));
		assembler.offer("VIN-C", TestFrames.TIME, parts.get(2));
		assertThat(assembler.pendingCount()).isEqualTo(2);
		assertThat(assembler.offer("VIN-A", TestFrames.TIME, parts.get(1))).isNull();
	}

	@Test
	void passesWholeBlocksThroughAndIgnoresPartsThatDoNotFit() {
		CellVoltageAssembler assembler = new CellVoltageAssembler();
		CellVoltages small = Reports.cells(Revision.V2016, 96).get(0);
		assertThat(assembler.offer(TestFrames.VIN, TestFrames.TIME, small)).isSameAs(small);
		CellVoltages beyondTotal = new CellVoltages(Revision.V2016, 1, 0, 0, 10, 9, new int[5]);
		assertThat(assembler.offer(TestFrames.VIN, TestFrames.TIME, beyondTotal)).isNull();
		assertThat(assembler.pendingCount()).isZero();
	}
}

package org.clearlot.simulator.gbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.clearlot.gbt32960.CellVoltageAssembler;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.simulator.Fleet;
import org.clearlot.simulator.Reading;
import org.clearlot.simulator.Reporting;
import org.clearlot.simulator.VehicleSpec;
import org.clearlot.simulator.transport.Pacer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GbtClientTests {

	static final Instant EPOCH = Instant.parse("2026-05-11T00:00:00Z");
	static final Instant END = EPOCH.plus(Duration.ofHours(14));
	static final Reporting EVERY_MINUTE = Reporting.every(Duration.ofSeconds(60));

	TestGateway gateway;

	@BeforeEach
	void start() throws Exception {
		gateway = new TestGateway();
	}

	@AfterEach
	void stop() {
		gateway.close();
	}

	GbtSettings settings(Revision revision) {
		return GbtSettings.of("127.0.0.1", gateway.port(), revision).withWindow(8)
				.withTimings(Duration.ofSeconds(30), Duration.ofSeconds(5), 5);
	}

	static List<Reading> expected(Fleet fleet) {
		return fleet.merged(EPOCH, END, EVERY_MINUTE).stream().toList();
	}

	@Test
	void every2016ReadingArrivesOnItsVehiclesConnectionAndIsAcknowledged() {
		Fleet fleet = Fleet.generate(31, EPOCH, 3);
		List<Reading> readings = expected(fleet);
		GbtClient.Result result = new GbtClient(settings(Revision.V2016), 2).run(fleet, EPOCH, END, EVERY_MINUTE, 3,
				Pacer.unlimited(), counts -> { });

		assertThat(result.failures()).isEmpty();
		assertThat(result.summary().acknowledged()).isEqualTo(readings.size()).isEqualTo(result.summary().sent());
		assertThat(result.summary().errors()).isZero();
		assertThat(gateway.connections.get()).isEqualTo(3);
		List<String> active = readings.stream().map(Reading::vin).distinct().toList();
		assertThat(active).hasSizeGreaterThan(1);
		assertThat(gateway.logins.keySet()).containsExactlyInAnyOrderElementsOf(active);
		assertThat(gateway.logouts.keySet()).containsExactlyInAnyOrderElementsOf(active);
		assertThat(gateway.malformed.get()).isZero();
		Reading first = readings.stream().filter(r -> r.vin().equals(fleet.vehicles().get(0).vin())).findFirst().orElseThrow();
		TestGateway.Received received = gateway.reports.stream()
				.filter(r -> r.header().vin().equals(first.vin()) && r.report().time().equals(first.ts().toLocalDateTime()))
				.findFirst().orElseThrow();
		assertThat(received.report().vehicle().socPercent()).isEqualTo(first.socPercent());
		assertThat(received.report().vehicle().packCurrentA()).isEqualTo(first.packCurrentA());
		assertThat(received.report().vehicle().odometerKm()).isCloseTo(first.odometerKm(), org.assertj.core.api.Assertions.within(1e-6));
		assertThat(received.report().extremes()).isNotNull();
		assertThat(received.report().cellVoltages().get(0).millivolts()).containsExactly(first.cellVoltages().toMillivoltArray());
		assertThat(result.runs()).hasSize(3).allSatisfy(run -> assertThat(run.truth().at()).isEqualTo(END));
	}

	@Test
	void aDroppedConnectionIsRedialledAndTheUnacknowledgedFramesAreReissued() {
		Fleet fleet = Fleet.generate(32, EPOCH, 1);
		List<Reading> readings = expected(fleet);
		gateway.dropAfterRealtime.set(40);
		GbtClient.Result result = new GbtClient(settings(Revision.V2016), 1).run(fleet, EPOCH, END, EVERY_MINUTE, 1,
				Pacer.unlimited(), counts -> { });

		assertThat(result.failures()).isEmpty();
		assertThat(gateway.connections.get()).isEqualTo(2);
		assertThat(gateway.logins.get(fleet.vehicles().get(0).vin()).get()).isEqualTo(2);
		assertThat(result.summary().resent()).isPositive().isLessThanOrEqualTo(8);
		assertThat(gateway.realtimeCount(Command.REISSUE)).isEqualTo(result.summary().resent());
		assertThat(result.summary().acknowledged()).isEqualTo(readings.size());
		Set<LocalDateTime> times = gateway.reports.stream().map(r -> r.report().time()).collect(Collectors.toSet());
		assertThat(times).containsExactlyInAnyOrderElementsOf(readings.stream().map(r -> r.ts().toLocalDateTime()).toList());
		assertThat(gateway.reports.stream().filter(r -> r.header().command() == Command.REISSUE))
				.allSatisfy(r -> assertThat(r.report().reissue()).isTrue());
	}

	@Test
	void aConnectionWhoseAcknowledgementsStopIsDroppedAndResumed() {
		Fleet fleet = Fleet.generate(38, EPOCH, 1);
		List<Reading> readings = expected(fleet);
		gateway.stallAfterRealtime.set(30);
		GbtSettings settings = settings(Revision.V2025).withTimings(Duration.ofSeconds(30), Duration.ofMillis(300), 5);
		GbtClient.Result result = new GbtClient(settings, 1).run(fleet, EPOCH, END, EVERY_MINUTE, 1, Pacer.unlimited(),
				counts -> { });
		assertThat(gateway.connections.get()).isEqualTo(2);
		assertThat(result.summary().resent()).isPositive();
		assertThat(result.summary().acknowledged()).isEqualTo(readings.size());
	}

	@Test
	void signed2025FramesOverPlatformConnectionsVerify() {
		Fleet fleet = Fleet.generate(33, EPOCH, 4);
		Reporting everyFiveMinutes = Reporting.every(Duration.ofMinutes(5));
		List<Reading> readings = fleet.merged(EPOCH, END, everyFiveMinutes).stream().toList();
		GbtSettings settings = settings(Revision.V2025).withPlatform("clearlot", "secret").withSm2(true, 33);
		GbtClient.Result result = new GbtClient(settings, 2).run(fleet, EPOCH, END, everyFiveMinutes, 2, Pacer.unlimited(),
				counts -> { });

		assertThat(result.failures()).isEmpty();
		assertThat(gateway.connections.get()).isEqualTo(2);
		assertThat(gateway.platformLogins.get()).isEqualTo(2);
		assertThat(gateway.keys.keySet()).containsExactlyInAnyOrderElementsOf(readings.stream().map(Reading::vin).distinct().toList());
		assertThat(gateway.badSignatures.get()).isZero();
		assertThat(result.summary().acknowledged()).isEqualTo(readings.size());
		assertThat(gateway.reports).allSatisfy(r -> {
			assertThat(r.report().signature()).isNotNull();
			assertThat(r.report().extremes()).isNull();
		});
		assertThat(gateway.logouts.get("clearlot").get()).isEqualTo(2);
	}

	@Test
	void aPacedStreamSendsHeartbeatsWhileIdle() {
		Fleet candidates = Fleet.generate(37, EPOCH, 10);
		VehicleSpec parksForHours = candidates.vehicles().stream().filter(v -> hasGap(candidates, v.vin())).findFirst()
				.orElseThrow();
		Fleet fleet = Fleet.of(37, EPOCH, List.of(parksForHours));
		List<Reading> readings = expected(fleet);
		long span = Duration.between(EPOCH, END).toSeconds();
		GbtSettings settings = settings(Revision.V2016).withTimings(Duration.ofMillis(150), Duration.ofSeconds(5), 5);
		GbtClient.Result result = new GbtClient(settings, 1).run(fleet, EPOCH, END, EVERY_MINUTE, 1,
				Pacer.startingAt(EPOCH, span / 1.5), counts -> { });
		assertThat(result.summary().acknowledged()).isEqualTo(readings.size());
		assertThat(result.summary().seconds()).isGreaterThan(1.0);
		assertThat(gateway.heartbeats.get()).isPositive();
	}

	static boolean hasGap(Fleet fleet, String vin) {
		List<Reading> readings = fleet.readings(vin, EPOCH, END, EVERY_MINUTE).toList();
		for (int i = 1; i < readings.size(); i++) {
			if (Duration.between(readings.get(i - 1).ts(), readings.get(i).ts()).toHours() >= 2) {
				return true;
			}
		}
		return false;
	}

	@Test
	void aRefusedPlatformLoginFailsTheConnection() {
		Fleet fleet = Fleet.generate(34, EPOCH, 1);
		gateway.platformPassword = "other";
		GbtClient.Result result = new GbtClient(settings(Revision.V2016).withPlatform("clearlot", "secret"), 1)
				.run(fleet, EPOCH, END, EVERY_MINUTE, 1, Pacer.unlimited(), counts -> { });
		assertThat(result.failures()).hasSize(1);
		assertThat(result.summary().acknowledged()).isZero();
	}

	@Test
	void unknownVinsAreRefusedAndTheirFramesCountedAsRejected() {
		Fleet fleet = Fleet.generate(35, EPOCH, 2);
		String known = fleet.vehicles().get(0).vin();
		gateway.knownVins = Set.of(known);
		List<Reading> readings = expected(fleet);
		GbtClient.Result result = new GbtClient(settings(Revision.V2025), 1).run(fleet, EPOCH, END, EVERY_MINUTE, 1,
				Pacer.unlimited(), counts -> { });
		long ofKnown = readings.stream().filter(r -> r.vin().equals(known)).count();
		assertThat(result.summary().acknowledged()).isEqualTo(ofKnown);
		assertThat(result.summary().rejected()).isEqualTo(readings.size() - ofKnown);
	}

	@Test
	void packsOfMoreThan200CellsSpan2016Frames() {
		Fleet generated = Fleet.generate(36, EPOCH, 1);
		VehicleSpec base = generated.vehicles().get(0);
		var pack = new org.clearlot.simulator.PackSpec(base.pack().nominalCapacityAh(), 240 * 3.2,
				org.clearlot.simulator.Chemistry.LFP, 240, 32, base.pack().packCode());
		VehicleSpec big = new VehicleSpec(base.vin(), pack, base.startSoh(), base.ageDays(), base.startOdometerKm(),
				base.fade(), base.usage(), base.city(), base.homeCharging(), base.equipment(), base.defects());
		Fleet fleet = Fleet.of(36, EPOCH, List.of(big));
		List<Reading> readings = expected(fleet);
		GbtClient.Result result = new GbtClient(settings(Revision.V2016), 1).run(fleet, EPOCH, END, EVERY_MINUTE, 1,
				Pacer.unlimited(), counts -> { });

		assertThat(result.summary().acknowledged()).isEqualTo(2L * readings.size());
		CellVoltageAssembler assembler = new CellVoltageAssembler();
		long whole = gateway.reports.stream().map(r -> assembler.offer(r.header().vin(), r.report().time(),
				r.report().cellVoltages().get(0))).filter(c -> c != null).map(CellVoltages::count).filter(n -> n == 240).count();
		assertThat(whole).isEqualTo(readings.size());
	}
}

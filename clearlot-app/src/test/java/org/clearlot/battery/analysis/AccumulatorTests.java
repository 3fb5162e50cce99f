package org.clearlot.battery.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.clearlot.telemetry.TelemetryReading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AccumulatorTests {

	private final AnalysisSettings settings = AnalysisSettings.defaults();

	@ParameterizedTest(name = "{0} Ah at {1} A from {2} to {3} %")
	@CsvSource({ "150, 50, 20, 90", "150, 15, 35, 80", "60, 100, 10, 70", "230, 120, 40, 100" })
	void aConstantCurrentChargeGivesTheTrueCapacity(double capacity, double amps, double from, double to) {
		Result result = run(new Drive(capacity, from).charge(amps, to).readings());
		assertThat(result.sessions).hasSize(1);
		ChargeSession session = result.sessions.get(0);
		assertThat(session.rejection()).isNull();
		assertThat(session.capacityAh()).isCloseTo(capacity, within(capacity * 0.01));
		assertThat(session.windowSoc()).isBetween((int) (to - from) - 2, (int) (to - from));
		assertThat(session.chargedAh()).isCloseTo(capacity * (to - from) / 100, within(capacity * 0.01));
		assertThat(session.completed()).as("complete only at 100 %").isEqualTo(to >= 100);
		assertThat(session.anchored()).as("the first session of a car counts as after a rest").isEqualTo(to >= 100);
	}

	@Test
	void narrowColdOrCorrectedSessionsGiveNoCapacityAndSayWhy() {
		assertThat(run(new Drive(150, 50).charge(40, 70).readings()).sessions.get(0).rejection())
			.startsWith("SOC window of 18 points, below 30");
		assertThat(run(new Drive(150, 20).temperature(5).charge(40, 80).readings()).sessions.get(0).rejection())
			.startsWith("mean pack temperature outside 15–35");
		Result result = run(new Drive(150, 20).charging(40, 50).jumpSocTo(40).charge(40, 85).readings());
		assertThat(result.sessions.get(0).rejection()).isEqualTo("the reported SOC fell by 2 points or more while charging");
	}

	@Test
	void aGapEndsTheSessionAtItsLastReadingAndTheNextStartsAfresh() {
		List<TelemetryReading> all = new Drive(150, 20).charging(50, 60).rest(600).charge(50, 95).readings();
		Result result = run(all);
		assertThat(result.sessions).hasSize(2);
		assertThat(result.sessions.get(0).capacityAh()).isCloseTo(150, within(2.0));
		assertThat(result.sessions.get(1).capacityAh()).isCloseTo(150, within(2.0));
		assertThat(result.sessions.get(1).restBefore()).isEqualTo(java.time.Duration.ofSeconds(610));
		assertThat(result.sessions.get(1).anchored()).as("ten minutes is no rest").isFalse();
	}

	@Test
	void aFullChargeAfterARestIsAnchoredAtBothEndsAndThroughputCountsBothDirections() {
		Drive drive = new Drive(100, 60).discharge(100, 3600).rest(600).charge(50, 100).rest(8 * 3600).discharge(50, 3600)
			.rest(3 * 3600).charge(40, 100);
		Result result = run(drive.readings());
		ChargeSession session = result.sessions.get(0);
		assertThat(session.completed()).isTrue();
		assertThat(session.anchored()).as("ten minutes after driving is no rest").isFalse();
		assertThat(result.sessions.get(1).anchored()).isTrue();
		assertThat(result.sessions.get(1).windowSoc()).as("up to the 100 % at completion").isGreaterThanOrEqualTo(49);
		TotalsView totals = TotalsView.of(result.state);
		assertThat(totals.dischargedAh()).isCloseTo(150, within(1.0));
		assertThat(totals.chargedAh()).isCloseTo(150, within(1.5));
		assertThat(totals.dischargedKwh()).isCloseTo(84, within(1.0));
	}

	@Test
	void aFullChargeAndALaterRestAnchorAWindowThatMeasuresThePackNotTheBms() {
		Drive drive = new Drive(150, 30).charge(50, 100).discharge(60, 3600).rest(3 * 3600).discharge(30, 600);
		Result result = run(drive.readings());
		assertThat(result.windows).hasSize(1);
		ChargeSession window = result.windows.get(0);
		assertThat(window.kind()).isEqualTo(ChargeSession.Kind.ANCHOR_WINDOW);
		assertThat(window.startSoc()).isEqualTo(100.0);
		assertThat(window.endSoc()).isEqualTo(60.0);
		assertThat(window.capacityAh()).isCloseTo(150, within(4.0));
		assertThat(window.completed()).as("one end at a full charge").isTrue();
	}

	@Test
	void aWindowThroughWhichMuchMoreFlowedThanItsNetChangeIsNotTaken() {
		Drive drive = new Drive(150, 30).charge(50, 100);
		for (int i = 0; i < 4; i++) {
			drive.discharge(120, 1800).charging(100, 95);
		}
		drive.discharge(60, 3600).rest(3 * 3600).discharge(30, 600);
		assertThat(run(drive.readings()).windows).as("400 Ah flowed for a net of 60").isEmpty();
	}

	@Test
	void alarmRunsBecomeEventsWithTheirPeakTemperature() {
		Drive drive = new Drive(150, 20).charge(50, 30);
		drive.temperature(52).alarms(2, "BATTERY_HIGH_TEMPERATURE").charge(50, 33);
		drive.temperature(70).alarms(4, "THERMAL_EVENT", "BATTERY_HIGH_TEMPERATURE").charge(50, 34);
		drive.temperature(25).alarms(0).charge(50, 40);
		Result result = run(drive.readings());
		assertThat(result.events).extracting(NegativeEvent::type).containsExactlyInAnyOrder(
				NegativeEventType.BATTERY_HIGH_TEMPERATURE, NegativeEventType.THERMAL_EVENT);
		NegativeEvent hot = result.events.stream().filter(e -> e.type() == NegativeEventType.BATTERY_HIGH_TEMPERATURE)
			.findFirst().orElseThrow();
		assertThat(hot.peakTempC()).isEqualTo(71.0);
		assertThat(hot.maxAlarmLevel()).isEqualTo(4);
		assertThat(TotalsView.of(result.state).aboveWhileChargingS()).isGreaterThan(0);
	}

	@Test
	void stoppingAndRestoringASnapshotChangesNothing() {
		List<TelemetryReading> readings = new Drive(150, 15).charge(60, 95).rest(7200).discharge(80, 1800)
			.rest(9000).charge(30, 70).readings();
		Result whole = run(readings);
		FoundSoFarForTests found = new FoundSoFarForTests();
		Accumulator first = new Accumulator(settings, false);
		readings.subList(0, readings.size() / 2).forEach(r -> first.accept(r, found));
		Accumulator resumed = new Accumulator(settings, first.snapshot(), false);
		readings.subList(readings.size() / 2, readings.size()).forEach(r -> resumed.accept(r, found));
		assertThat(found.sessions).isEqualTo(whole.sessions);
		assertThat(resumed.snapshot()).isEqualTo(whole.state);
	}

	@Test
	void olderReadingsThanTheLastAreIgnoredAndIdleSessionsClose() {
		List<TelemetryReading> readings = new Drive(150, 20).charge(50, 70).readings();
		List<TelemetryReading> withoutEnd = readings.subList(0, readings.size() - 1);
		FoundSoFarForTests found = new FoundSoFarForTests();
		Accumulator accumulator = new Accumulator(settings, false);
		withoutEnd.forEach(r -> accumulator.accept(r, found));
		accumulator.accept(withoutEnd.get(3), found);
		assertThat(accumulator.snapshot().readings()).isEqualTo(withoutEnd.size());
		accumulator.closeIdle(withoutEnd.get(withoutEnd.size() - 1).ts().toInstant().plusSeconds(60), found);
		assertThat(found.sessions).isEmpty();
		accumulator.closeIdle(withoutEnd.get(withoutEnd.size() - 1).ts().toInstant().plusSeconds(301), found);
		assertThat(found.sessions).hasSize(1);
		assertThat(found.sessions.get(0).capacityAh()).isCloseTo(150, within(2.0));
	}

	private Result run(List<TelemetryReading> readings) {
		FoundSoFarForTests found = new FoundSoFarForTests();
		Accumulator accumulator = new Accumulator(settings, false);
		readings.forEach(reading -> accumulator.accept(reading, found));
		return new Result(found.sessions, found.windows, found.events, accumulator.snapshot());
	}

	private record Result(List<ChargeSession> sessions, List<ChargeSession> windows, List<NegativeEvent> events,
			AccumulatorSnapshot state) {
	}

	static final class FoundSoFarForTests implements Findings {

		final List<ChargeSession> sessions = new ArrayList<>();
		final List<NegativeEvent> events = new ArrayList<>();

		final List<ChargeSession> windows = new ArrayList<>();

		@Override
		public void session(ChargeSession session) {
			(session.kind() == ChargeSession.Kind.SESSION ? sessions : windows).add(session);
		}

		@Override
		public void event(NegativeEvent event) {
			events.add(event);
		}
	}
}

package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The general alarm bits of each revision. */
class GeneralAlarmTests {

	@ParameterizedTest(name = "bit {0}: {1}")
	@CsvSource({"0, TEMPERATURE_DIFFERENCE, true", "11, INSULATION, true", "16, HIGH_VOLTAGE_INTERLOCK, true",
			"18, STORAGE_OVER_CHARGE, true", "19, MOTOR_OVER_SPEED, false", "23, THERMAL_EVENT, false",
			"24, HYDROGEN_LEAK, false", "27, FUEL_CELL_STACK_OVER_TEMPERATURE, false"})
	void bits(int bit, GeneralAlarm alarm, boolean in2016) {
		assertThat(GeneralAlarm.ofBit(bit)).isEqualTo(alarm);
		assertThat(alarm.bit()).isEqualTo(bit);
		assertThat(alarm.definedIn(Revision.V2016)).isEqualTo(in2016);
		assertThat(alarm.definedIn(Revision.V2025)).isTrue();
	}

	@Test
	void reservedBitsAreIgnored() {
		assertThat(GeneralAlarm.fromFlags(0xFFFF_FFFFL, Revision.V2016)).hasSize(19);
		assertThat(GeneralAlarm.fromFlags(0xFFFF_FFFFL, Revision.V2025)).hasSize(28);
		assertThat(GeneralAlarm.ofBit(28)).isNull();
		assertThat(GeneralAlarm.fromFlags(1L << 23, Revision.V2016)).isEmpty();
	}
}

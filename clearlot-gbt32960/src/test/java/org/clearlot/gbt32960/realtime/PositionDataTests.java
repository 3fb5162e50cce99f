package org.clearlot.gbt32960.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.clearlot.gbt32960.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hemisphere bits, validity and the 2025 coordinate system. */
class PositionDataTests {

	@ParameterizedTest(name = "{0}, {1} -> status {2}")
	@CsvSource({"31.230416, 121.473701, 0", "-33.86882, 151.209296, 2", "40.712776, -74.005974, 4",
			"-22.906847, -43.172897, 6"})
	void signsComeFromTheHemisphereBits(double latitude, double longitude, int status) {
		PositionData position = PositionData.of(Revision.V2016, latitude, longitude);
		assertThat(position.status()).isEqualTo(status);
		assertThat(position.valid()).isTrue();
		assertThat(position.latitudeDeg()).isCloseTo(latitude, within(1e-9));
		assertThat(position.longitudeDeg()).isCloseTo(longitude, within(1e-9));
		assertThat(position.coordinateSystem()).isEqualTo(Sentinel.ABSENT_RAW);
	}

	@Test
	void a2025PositionNamesItsCoordinateSystem() {
		assertThat(PositionData.of(Revision.V2025, 1, 2).coordinateSystemType()).isEqualTo(CoordinateSystem.WGS84);
		assertThat(PositionData.of(Revision.V2025, CoordinateSystem.GCJ02, 1, 2).coordinateSystem()).isEqualTo(2);
		assertThat(PositionData.noFix(Revision.V2025).valid()).isFalse();
	}

	@Test
	void rejectsImpossibleCoordinates() {
		assertThatIllegalArgumentException().isThrownBy(() -> PositionData.of(Revision.V2016, 91, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> PositionData.of(Revision.V2016, 0, Double.NaN));
	}
}

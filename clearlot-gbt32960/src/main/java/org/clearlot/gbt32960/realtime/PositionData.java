package org.clearlot.gbt32960.realtime;

import java.util.Objects;
import org.clearlot.gbt32960.Revision;

/**
 * Vehicle position (information type 05): 9 bytes in 2016, 10 in 2025, which adds the coordinate system. Status
 * bits: bit 0 set = no valid fix, bit 1 set = southern latitude, bit 2 set = western longitude. Coordinates are
 * unsigned millionths of a degree; the hemisphere bits give the sign.
 *
 * <pre>
 * 2016: status | longitude DWORD ×1e-6° | latitude DWORD ×1e-6°
 *   00 06 F3 A6 A8 01 C6 87 60        valid fix, 116.631208° E, 29.788000° N
 * 2025: status | coordinate system | longitude DWORD | latitude DWORD
 *   01 02 00 00 00 00 00 00 00 00     no valid fix, GCJ-02, 0°, 0°
 * </pre>
 *
 * @param revision         the revision
 * @param status           the status bits
 * @param coordinateSystem coordinate system (2025), {@link Sentinel#ABSENT_RAW} in 2016
 * @param longitude        raw longitude magnitude
 * @param latitude         raw latitude magnitude
 */
public record PositionData(Revision revision, int status, int coordinateSystem, long longitude, long latitude) {

	/** Length of the block after its type byte. */
	public static int length(Revision revision) {
		return revision == Revision.V2016 ? 9 : 10;
	}

	public PositionData {
		Objects.requireNonNull(revision, "revision");
	}

	/** A valid fix; 2025 positions are declared WGS84. Negative latitude is south, negative longitude west. */
	public static PositionData of(Revision revision, double latitudeDeg, double longitudeDeg) {
		return of(revision, CoordinateSystem.WGS84, latitudeDeg, longitudeDeg);
	}

	/** A valid fix in the given coordinate system (ignored in 2016, which has no such field). */
	public static PositionData of(Revision revision, CoordinateSystem system, double latitudeDeg, double longitudeDeg) {
		if (!(Math.abs(latitudeDeg) <= 90 && Math.abs(longitudeDeg) <= 180)) {
			throw new IllegalArgumentException("not a position: " + latitudeDeg + ", " + longitudeDeg);
		}
		int status = (latitudeDeg < 0 ? 0x02 : 0) | (longitudeDeg < 0 ? 0x04 : 0);
		return new PositionData(revision, status, revision == Revision.V2016 ? Sentinel.ABSENT_RAW : system.code(),
				Math.round(Math.abs(longitudeDeg) * 1e6), Math.round(Math.abs(latitudeDeg) * 1e6));
	}

	/** No valid fix, coordinates zero, as terminals send without GNSS reception. */
	public static PositionData noFix(Revision revision) {
		return new PositionData(revision, 0x01, revision == Revision.V2016 ? Sentinel.ABSENT_RAW : 0xFF, 0, 0);
	}

	/** Whether the terminal has a valid fix (status bit 0 clear). */
	public boolean valid() {
		return (status & 0x01) == 0;
	}

	/** Latitude in degrees, negative in the southern hemisphere. */
	public double latitudeDeg() {
		double magnitude = Scaling.ofDword(latitude, 1e-6, 0);
		return (status & 0x02) != 0 ? -magnitude : magnitude;
	}

	/** Longitude in degrees, negative in the western hemisphere. */
	public double longitudeDeg() {
		double magnitude = Scaling.ofDword(longitude, 1e-6, 0);
		return (status & 0x04) != 0 ? -magnitude : magnitude;
	}

	/** The 2025 coordinate system, or {@code null} in 2016 and for undefined values. */
	public CoordinateSystem coordinateSystemType() {
		return CoordinateSystem.of(coordinateSystem);
	}
}

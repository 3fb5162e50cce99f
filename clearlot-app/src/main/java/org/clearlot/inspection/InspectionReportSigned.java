package org.clearlot.inspection;

import java.util.UUID;

/** An inspector signed a report (or a correction); listings and search show its grade and flags. */
public record InspectionReportSigned(UUID reportId, String vin, int version, int score, int grade, boolean accident,
		boolean flood, boolean fire) {
}

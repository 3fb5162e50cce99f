package org.clearlot.battery.analysis;

import java.time.Duration;

/**
 * The parameters of the analysis (documented with their reasons in docs/soh-method.md).
 *
 * @param maxGap readings further apart than this are not integrated across, and break a charge session
 * @param minSocWindow the fewest SOC points between a session's first and last SOC step for a capacity estimate
 * @param minSessionTempC the lowest mean pack temperature of a session used for capacity
 * @param maxSessionTempC the highest mean pack temperature of a session used for capacity
 * @param highTempLimitC time with the hottest probe above this counts as time above the temperature limit
 * @param lowTempLimitC time with the coldest probe below this counts as time below the temperature limit
 * @param restBeforeAnchor a session that starts after the car rested this long starts from an OCV-corrected SOC
 * @param minSessions the fewest anchor-to-anchor windows a state of health is given from
 * @param recentSessions how many of the most recent windows (and sessions) the estimate rests on
 * @param minWindowSoc the fewest SOC points between the two anchors of a window
 * @param minWindowTempC the lowest mean pack temperature of a window (windows span hours of use, so their mean is
 *     a poorer guide than a charging session's; the highest is {@code maxSessionTempC})
 * @param maxRangeWidthPercent the widest 90 % range, in SoH points, of an estimate that is published; where the
 *     windows disagree more, the passport waits for more of them
 */
public record AnalysisSettings(Duration maxGap, int minSocWindow, double minSessionTempC, double maxSessionTempC,
		double highTempLimitC, double lowTempLimitC, Duration restBeforeAnchor, int minSessions, int recentSessions,
		int minWindowSoc, double minWindowTempC, double maxRangeWidthPercent) {

	public static AnalysisSettings defaults() {
		return new AnalysisSettings(Duration.ofMinutes(5), 30, 15, 35, 45, 0, Duration.ofHours(2), 4, 15, 25, 5, 8);
	}
}

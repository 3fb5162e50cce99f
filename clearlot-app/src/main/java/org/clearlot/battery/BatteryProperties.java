package org.clearlot.battery;

import java.time.Duration;

import org.clearlot.battery.analysis.AnalysisSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Battery passport settings; the analysis parameters are explained in docs/soh-method.md.
 *
 * @param updateInterval how often passports are brought up to date with new telemetry
 * @param settle readings younger than this are left for the next update, so slightly reordered readings of one
 *     vehicle are still taken in collection-time order
 * @param checkpointRetention how long daily checkpoints are kept to go back to when readings arrive late
 */
@ConfigurationProperties("clearlot.battery")
public record BatteryProperties(@DefaultValue("5s") Duration updateInterval, @DefaultValue("2m") Duration settle,
		@DefaultValue("10d") Duration checkpointRetention, @DefaultValue("5m") Duration maxGap,
		@DefaultValue("30") int minSocWindow, @DefaultValue("15") double minSessionTempC,
		@DefaultValue("35") double maxSessionTempC, @DefaultValue("45") double highTempLimitC,
		@DefaultValue("0") double lowTempLimitC, @DefaultValue("2h") Duration restBeforeAnchor,
		@DefaultValue("4") int minSessions, @DefaultValue("15") int recentSessions,
		@DefaultValue("25") int minWindowSoc, @DefaultValue("5") double minWindowTempC,
		@DefaultValue("8") double maxRangeWidthPercent) {

	public AnalysisSettings analysis() {
		return new AnalysisSettings(maxGap, minSocWindow, minSessionTempC, maxSessionTempC, highTempLimitC,
				lowTempLimitC, restBeforeAnchor, minSessions, recentSessions, minWindowSoc, minWindowTempC,
				maxRangeWidthPercent);
	}
}

package org.clearlot.transfer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transfer settings.
 *
 * @param rulesRefresh how often each instance reads the rules again (changes made here apply at once)
 * @param answersPerMinutePerClient eligibility answers (API and listing panel) one client address may ask for per
 *     minute; each answer is stored, so this bounds what an anonymous caller can write
 */
@ConfigurationProperties("clearlot.transfer")
public record TransferProperties(@DefaultValue("PT1M") Duration rulesRefresh,
		@DefaultValue("300") int answersPerMinutePerClient) {
}

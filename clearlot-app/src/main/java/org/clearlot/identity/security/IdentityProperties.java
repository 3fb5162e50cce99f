package org.clearlot.identity.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings.
 *
 * @param tokenTtl how long an API bearer token stays valid
 * @param tokenSecret base64 HMAC key for bearer tokens; when empty a random key is generated once and kept in
 * {@code <data-dir>/keys/token-hmac.key} (set it explicitly when several instances share one database)
 * @param loginAttemptsPerMinute failed sign-ins allowed per username per minute before answering 429
 * @param loginAttemptsPerMinutePerClient failed sign-ins allowed per client address per minute
 */
@ConfigurationProperties("clearlot.identity")
public record IdentityProperties(
		@DefaultValue("8h") Duration tokenTtl,
		@DefaultValue("") String tokenSecret,
		@DefaultValue("5") int loginAttemptsPerMinute,
		@DefaultValue("30") int loginAttemptsPerMinutePerClient) {
}

package org.clearlot.identity.security;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins, per username and per client address, with Bucket4j token buckets: each failure takes a
 * token, and while either bucket is empty further attempts are refused (HTTP 429) without checking the password.
 * Buckets live in memory per instance, which bounds guessing to the configured rate times the instance count.
 */
@Component
public class LoginThrottle {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(Duration.ofMinutes(15))
			.build();
	private final IdentityProperties properties;

	LoginThrottle(IdentityProperties properties) {
		this.properties = properties;
	}

	public boolean isBlocked(String username, String clientAddress) {
		return userBucket(username).getAvailableTokens() <= 0 || clientBucket(clientAddress).getAvailableTokens() <= 0;
	}

	public void recordFailure(String username, String clientAddress) {
		userBucket(username).tryConsume(1);
		clientBucket(clientAddress).tryConsume(1);
	}

	private Bucket userBucket(String username) {
		String key = "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
		return buckets.get(key, k -> perMinute(properties.loginAttemptsPerMinute()));
	}

	private Bucket clientBucket(String clientAddress) {
		return buckets.get("client:" + clientAddress, k -> perMinute(properties.loginAttemptsPerMinutePerClient()));
	}

	private static Bucket perMinute(int attempts) {
		return Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, Duration.ofMinutes(1)).build())
				.build();
	}
}

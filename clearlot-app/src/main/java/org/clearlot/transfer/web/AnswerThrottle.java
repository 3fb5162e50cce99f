package org.clearlot.transfer.web;

import java.time.Duration;

import org.clearlot.platform.web.TooManyRequestsException;
import org.clearlot.transfer.TransferProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Limits eligibility answers per client address with Bucket4j token buckets (in memory, per instance): the rules
 * are public and every answer is stored, so an anonymous caller must not be able to write without bound.
 */
@Component
class AnswerThrottle {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
			.expireAfterAccess(Duration.ofMinutes(5)).build();
	private final int perMinute;

	AnswerThrottle(TransferProperties properties) {
		this.perMinute = properties.answersPerMinutePerClient();
	}

	/** Takes one answer from the client's allowance, or refuses with the time until the next one. */
	void acquire(String clientAddress) {
		Bucket bucket = buckets.get(clientAddress, key -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
				.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new TooManyRequestsException("At most " + perMinute + " transfer answers a minute per client; "
					+ "try again shortly", Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}
}

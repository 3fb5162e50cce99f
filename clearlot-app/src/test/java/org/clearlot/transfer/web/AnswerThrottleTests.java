package org.clearlot.transfer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.clearlot.platform.web.TooManyRequestsException;
import org.clearlot.transfer.TransferProperties;
import org.junit.jupiter.api.Test;

/** Each client address gets its allowance of answers a minute; past it, a 429 saying when to come back. */
class AnswerThrottleTests {

	@Test
	void aClientPastItsAllowanceIsToldWhenToComeBackAndOthersAreNotAffected() {
		AnswerThrottle throttle = new AnswerThrottle(new TransferProperties(Duration.ofMinutes(1), 3));
		for (int i = 0; i < 3; i++) {
			throttle.acquire("10.0.0.1");
		}

		assertThatThrownBy(() -> throttle.acquire("10.0.0.1")).isInstanceOfSatisfying(TooManyRequestsException.class,
				e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
		throttle.acquire("10.0.0.2");
	}
}

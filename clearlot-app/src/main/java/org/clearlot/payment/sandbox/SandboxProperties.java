package org.clearlot.payment.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox provider's behaviour.
 *
 * @param webhookUrl where webhooks go; empty: this application's own endpoint on its local port
 * @param webhookSecret the HMAC key (base64, at least 32 bytes) both sides share; empty: generated into the data
 *     directory
 * @param duplicateRate the share of webhook events delivered a second time
 * @param maxDelay each delivery waits a random time up to this, so events can arrive out of order
 * @param deliveryInterval how often due deliveries are sent
 */
@ConfigurationProperties("clearlot.payment.sandbox")
public record SandboxProperties(@DefaultValue("") String webhookUrl, @DefaultValue("") String webhookSecret,
		@DefaultValue("0.1") double duplicateRate, @DefaultValue("1s") Duration maxDelay,
		@DefaultValue("200ms") Duration deliveryInterval) {
}

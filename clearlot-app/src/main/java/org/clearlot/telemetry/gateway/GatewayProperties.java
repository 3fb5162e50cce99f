package org.clearlot.telemetry.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The GB/T 32960 gateway's settings.
 *
 * @param enabled whether the TCP server starts with the application
 * @param port the TCP port (GB/T 32960 has no assigned port; 32960 by convention here)
 * @param idleTimeout a connection that sends nothing for this long is closed (terminals send at least every 30 s or
 *     heartbeat)
 * @param maxFrameLength frames declaring a longer total length are refused and their connection closed
 * @param maxErrors malformed frames or refused commands after which a connection is closed
 * @param platforms forwarding platforms allowed to log in (command 05) and send frames of many vehicles
 * @param strictSignatures refuse 2025 realtime frames that cannot be verified (no signature, or no key registered);
 *     otherwise they are stored marked unverified
 * @param batchSize the most readings written in one transaction
 * @param writers threads writing batches
 * @param highWatermark readings waiting to be written above which connections stop being read
 * @param lowWatermark readings waiting below which paused connections are read again
 */
@ConfigurationProperties("clearlot.gateway")
public record GatewayProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32960") int port,
		@DefaultValue("3m") Duration idleTimeout, @DefaultValue("16384") int maxFrameLength,
		@DefaultValue("3") int maxErrors, @DefaultValue List<Platform> platforms,
		@DefaultValue("false") boolean strictSignatures, @DefaultValue("2000") int batchSize,
		@DefaultValue("2") int writers, @DefaultValue("20000") int highWatermark,
		@DefaultValue("5000") int lowWatermark) {

	/** A forwarding platform's login: user up to 12 and password up to 20 ASCII characters (GB/T 32960 fields). */
	public record Platform(String username, String password) {
	}
}

package org.clearlot.simulator.gbt;

import java.time.Duration;

import org.clearlot.gbt32960.Revision;

/**
 * How the GB/T 32960 client behaves.
 *
 * @param host             server host
 * @param port             server port
 * @param revision         2016 or 2025 frames
 * @param platformUser     platform login user (also the platform id in the header), or null for vehicle connections
 * @param platformPassword platform login password
 * @param window           unacknowledged realtime frames allowed per connection
 * @param sm2              2025: activate each vehicle's SM2 chip and sign realtime frames
 * @param seed             derives the SM2 keys and ICCIDs
 * @param heartbeat        idle time after which a heartbeat is sent
 * @param ackTimeout       a connection with unacknowledged frames and no reply for this long is dropped and redialled
 * @param maxReconnects    redials per connection before it gives up
 */
public record GbtSettings(String host, int port, Revision revision, String platformUser, String platformPassword,
		int window, boolean sm2, long seed, Duration heartbeat, Duration ackTimeout, int maxReconnects) {

	public GbtSettings {
		if (window < 1) {
			throw new IllegalArgumentException("the window must be at least 1");
		}
		if (sm2 && revision != Revision.V2025) {
			throw new IllegalArgumentException("SM2 signatures need the 2025 revision");
		}
		if (platformUser != null && platformUser.length() > 12) {
			throw new IllegalArgumentException("a platform user has at most 12 characters");
		}
	}

	/** Vehicle connections with the usual timings: heartbeat after 30 s idle, 60 s acknowledgement timeout. */
	public static GbtSettings of(String host, int port, Revision revision) {
		return new GbtSettings(host, port, revision, null, null, 64, false, 1, Duration.ofSeconds(30),
				Duration.ofSeconds(60), 20);
	}

	public GbtSettings withPlatform(String user, String password) {
		return new GbtSettings(host, port, revision, user, password, window, sm2, seed, heartbeat, ackTimeout, maxReconnects);
	}

	public GbtSettings withWindow(int frames) {
		return new GbtSettings(host, port, revision, platformUser, platformPassword, frames, sm2, seed, heartbeat,
				ackTimeout, maxReconnects);
	}

	public GbtSettings withSm2(boolean enabled, long keySeed) {
		return new GbtSettings(host, port, revision, platformUser, platformPassword, window, enabled, keySeed, heartbeat,
				ackTimeout, maxReconnects);
	}

	public GbtSettings withTimings(Duration newHeartbeat, Duration newAckTimeout, int reconnects) {
		return new GbtSettings(host, port, revision, platformUser, platformPassword, window, sm2, seed, newHeartbeat,
				newAckTimeout, reconnects);
	}

	boolean platform() {
		return platformUser != null;
	}
}

package org.clearlot.telemetry.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.netty.channel.Channel;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.PlatformLogin;
import org.clearlot.gbt32960.ResponseFlag;
import org.clearlot.gbt32960.VehicleLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Vehicle login (01) is accepted for a VIN registered in Clearlot and refused otherwise ("VIN not found" in 2025,
 * an error in 2016); platform login (05) for the users configured in {@code clearlot.gateway.platforms}, whose
 * passwords are compared in constant time. Logouts end the session.
 */
@Component
class Logins {

	private static final Logger log = LoggerFactory.getLogger(Logins.class);

	private final RegisteredVehicles registered;
	private final GatewayProperties properties;
	private final Replies replies;

	Logins(RegisteredVehicles registered, GatewayProperties properties, Replies replies) {
		this.registered = registered;
		this.properties = properties;
		this.replies = replies;
	}

	boolean vehicle(Channel channel, Session session, Frame frame, VehicleLogin login) {
		String vin = frame.header().vin();
		if (!registered.isRegistered(vin)) {
			log.info("Refused the login of unknown VIN {} from {}", vin, channel.remoteAddress());
			replies.reject(channel, frame.header(), ResponseFlag.VIN_NOT_FOUND);
			return false;
		}
		session.vehicle(vin);
		replies.acknowledge(channel, frame.header());
		log.debug("Vehicle {} logged in from {} (serial {}, packs {})", vin, channel.remoteAddress(), login.serial(),
				login.allPackCodes());
		return true;
	}

	boolean platform(Channel channel, Session session, Frame frame, PlatformLogin login) {
		boolean allowed = properties.platforms().stream()
			.anyMatch(p -> p.username().equals(login.user().strip()) && same(p.password(), login.password().strip()));
		if (!allowed) {
			log.warn("Refused the platform login of '{}' from {}", login.user().strip(), channel.remoteAddress());
			replies.reject(channel, frame.header(), ResponseFlag.ERROR);
			return false;
		}
		session.platform(login.user().strip());
		replies.acknowledge(channel, frame.header());
		return true;
	}

	void logout(Channel channel, Session session, Frame frame) {
		session.logout();
		replies.acknowledge(channel, frame.header());
	}

	private static boolean same(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}
}

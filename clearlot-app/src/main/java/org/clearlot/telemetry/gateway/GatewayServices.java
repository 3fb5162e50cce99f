package org.clearlot.telemetry.gateway;

import org.springframework.stereotype.Component;

/** What each connection's handler works with, in one place. */
@Component
record GatewayServices(RealtimeFrames realtime, Logins logins, Activations activations, Replies replies,
		GatewayProperties properties) {
}

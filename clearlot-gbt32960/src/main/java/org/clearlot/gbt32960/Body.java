package org.clearlot.gbt32960;

/**
 * The data unit of a frame, one type per command. Replies decode as {@link Acknowledgement}, encrypted units and
 * query/setup/control commands as {@link OpaqueBody}.
 */
public sealed interface Body permits VehicleLogin, VehicleLogout, PlatformLogin, PlatformLogout, Heartbeat, TimeSync,
		Realtime, Activation, ActivationResponse, KeyExchange, Acknowledgement, OpaqueBody {
}

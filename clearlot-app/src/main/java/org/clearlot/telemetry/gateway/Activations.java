package org.clearlot.telemetry.gateway;

import io.netty.channel.Channel;
import org.clearlot.gbt32960.Activation;
import org.clearlot.gbt32960.ActivationResponse;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.realtime.Signature;
import org.clearlot.gbt32960.realtime.SignatureAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * GB/T 32960-2025 activation (09): a registered vehicle's security chip registers its public key, proving it holds
 * the private key by signing the activation with it. An SM2 key whose signature verifies is stored (replacing an
 * earlier one) and the vehicle is told "activated" (0A, result 01); keys of other algorithms are stored too, but
 * their frames stay unverified. An unknown VIN or a failed proof gets "not activated".
 */
@Component
class Activations {

	private static final Logger log = LoggerFactory.getLogger(Activations.class);

	private final RegisteredVehicles registered;
	private final VehicleKeys keys;
	private final Replies replies;

	Activations(RegisteredVehicles registered, VehicleKeys keys, Replies replies) {
		this.registered = registered;
		this.keys = keys;
		this.replies = replies;
	}

	boolean activate(Channel channel, Frame frame, byte[] bytes, Activation activation) {
		String vin = activation.vin().strip();
		Signature signature = activation.signature();
		boolean proven = signature != null && (signature.algorithm() != SignatureAlgorithm.SM2
				|| Sm2Signatures.verify(activation.publicKey(), bytes, signature.signedOffset(), signature.signedLength(),
						signature.r(), signature.s()));
		boolean activated = registered.isRegistered(vin) && proven;
		if (activated) {
			keys.register(vin, activation.chipId().strip(), signature.algorithmCode(), activation.publicKey());
			log.info("Activated the security chip {} of {} ({})", activation.chipId().strip(), vin, signature.algorithm());
		}
		else {
			log.info("Refused the activation of {} from {}: {}", vin, channel.remoteAddress(),
					proven ? "VIN not registered" : "the signature does not prove the key");
		}
		FrameHeader reply = FrameHeader.command(frame.header().revision(), Command.ACTIVATION_RESPONSE,
				frame.header().vin());
		replies.send(channel, reply, ActivationResponse.of(activated, ActivationResponse.Info.NONE));
		return activated;
	}
}

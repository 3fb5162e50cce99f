package org.clearlot.telemetry.gateway;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.netty.channel.Channel;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.ResponseFlag;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.realtime.Signature;
import org.clearlot.gbt32960.realtime.SignatureAlgorithm;
import org.clearlot.telemetry.TelemetryProperties;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.TelemetrySource;
import org.clearlot.telemetry.ingest.ReadingRules;
import org.clearlot.telemetry.store.NewReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Realtime (02) and reissued (03) frames: the connection must be allowed to report the VIN; a 2025 frame's SM2
 * signature is checked against the key the vehicle registered (a bad signature is refused; a frame that cannot be
 * checked is stored marked unverified, or refused in strict mode); the reading must meet the same rules as one sent
 * over HTTP. It is then queued for writing, and acknowledged once its batch has committed (a frame already stored is
 * acknowledged too, and not stored again).
 */
@Component
class RealtimeFrames {

	private static final Logger log = LoggerFactory.getLogger(RealtimeFrames.class);

	private final IngestQueue queue;
	private final RegisteredVehicles registered;
	private final VehicleKeys keys;
	private final Replies replies;
	private final GatewayProperties gateway;
	private final TelemetryProperties telemetry;
	private final Clock clock;

	RealtimeFrames(IngestQueue queue, RegisteredVehicles registered, VehicleKeys keys, Replies replies,
			GatewayProperties gateway, TelemetryProperties telemetry, Clock clock) {
		this.queue = queue;
		this.registered = registered;
		this.keys = keys;
		this.replies = replies;
		this.gateway = gateway;
		this.telemetry = telemetry;
		this.clock = clock;
	}

	/** Handles the frame; returns false when it was refused (the caller counts the error). */
	boolean accept(Channel channel, Session session, byte[] bytes, Frame frame, Realtime realtime) {
		FrameHeader header = frame.header();
		if (!session.mayReport(header.vin(), registered)) {
			log.debug("Refused a frame of {} from {} ({})", header.vin(), channel.remoteAddress(), session);
			replies.reject(channel, header, ResponseFlag.ERROR);
			return false;
		}
		Optional<Boolean> verified = verification(header, bytes, realtime.signature());
		if (verified.isEmpty()) {
			replies.reject(channel, header, ResponseFlag.SIGNATURE_FAILED);
			return false;
		}
		TelemetryReading reading = FrameReadings.reading(header.vin(), realtime);
		List<String> problems = ReadingRules.problems(reading, clock.instant(), telemetry.retention(),
				telemetry.futureTolerance());
		if (!problems.isEmpty()) {
			log.info("Refused a frame of {}: {}", header.vin(), String.join("; ", problems));
			replies.reject(channel, header, ResponseFlag.DATA_STRUCTURE_ERROR);
			return false;
		}
		TelemetrySource source = header.revision() == Revision.V2016 ? TelemetrySource.GBT32960_2016
				: TelemetrySource.GBT32960_2025;
		queue.submit(new NewReading(reading, source, verified.get() ? Boolean.TRUE
				: header.revision() == Revision.V2025 ? Boolean.FALSE : null), new IngestQueue.Outcome() {
					@Override
					public void stored(boolean isNew) {
						replies.acknowledge(channel, header);
					}

					@Override
					public void failed(Exception cause) {
						// not acknowledged: the terminal sends the frame again
					}
				}, channel);
		return true;
	}

	/**
	 * Empty when the frame must be refused; otherwise whether it was verified (always false for 2016, which has no
	 * signatures, and the stored flag is then null).
	 */
	private Optional<Boolean> verification(FrameHeader header, byte[] bytes, Signature signature) {
		if (header.revision() == Revision.V2016) {
			return Optional.of(false);
		}
		Optional<VehicleKeys.Key> key = keys.find(header.vin());
		boolean checkable = signature != null && key.isPresent()
				&& key.get().algorithm() == SignatureAlgorithm.SM2.code()
				&& signature.algorithm() == SignatureAlgorithm.SM2;
		if (!checkable) {
			return gateway.strictSignatures() ? Optional.empty() : Optional.of(false);
		}
		boolean valid = Sm2Signatures.verify(key.get().publicKey(), bytes, signature.signedOffset(),
				signature.signedLength(), signature.r(), signature.s());
		if (!valid) {
			log.warn("Refused a frame of {}: its SM2 signature does not verify", header.vin());
		}
		return valid ? Optional.of(true) : Optional.empty();
	}
}

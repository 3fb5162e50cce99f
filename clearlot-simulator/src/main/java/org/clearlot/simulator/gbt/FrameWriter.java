package org.clearlot.simulator.gbt;

import java.time.LocalDateTime;
import java.util.List;

import org.clearlot.gbt32960.Activation;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.Encryption;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.Gbt32960Encoder;
import org.clearlot.gbt32960.Heartbeat;
import org.clearlot.gbt32960.PlatformLogin;
import org.clearlot.gbt32960.PlatformLogout;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.Signer;
import org.clearlot.gbt32960.VehicleLogin;
import org.clearlot.gbt32960.VehicleLogout;
import org.clearlot.gbt32960.realtime.Signature;
import org.clearlot.gbt32960.realtime.SignatureAlgorithm;

/** Encodes the client's frames with the codec, signing 2025 reports and activations when the vehicle has a key. */
final class FrameWriter {

	private final GbtSettings settings;
	private final Gbt32960Encoder encoder = new Gbt32960Encoder();

	FrameWriter(GbtSettings settings) {
		this.settings = settings;
	}

	Outgoing realtime(String vin, Realtime report, VehicleSession session) {
		return new Outgoing(vin, Command.REALTIME, encode(Frame.of(settings.revision(), vin, report), session), report);
	}

	/** The same report again as a reissue (command 03), signed afresh. */
	Outgoing reissue(Outgoing original, VehicleSession session) {
		Realtime r = original.report();
		Realtime again = new Realtime(r.time(), true, r.vehicle(), r.motors(), r.fuelCell(), r.hydrogenSystem(), r.engine(),
				r.position(), r.extremes(), r.alarm(), r.cellVoltages(), r.temperatures(), r.fuelCellStacks(),
				r.supercapacitor(), r.supercapacitorExtremes(), r.customBlocks(), null);
		return new Outgoing(original.vin(), Command.REISSUE, encode(Frame.of(settings.revision(), original.vin(), again),
				session), again);
	}

	Outgoing vehicleLogin(LocalDateTime time, VehicleSession session) {
		String code = session.spec.pack().packCode();
		VehicleLogin login = code == null ? new VehicleLogin(time, session.nextSerial(), session.iccid, List.of())
				: settings.revision() == Revision.V2016 ? VehicleLogin.of2016(time, session.nextSerial(), session.iccid, code)
						: new VehicleLogin(time, session.nextSerial(), session.iccid, List.of(List.of(code)));
		String vin = session.spec.vin();
		return new Outgoing(vin, Command.VEHICLE_LOGIN, encoder.encode(Frame.of(settings.revision(), vin, login)), null);
	}

	Outgoing activation(LocalDateTime time, VehicleSession session) {
		String vin = session.spec.vin();
		Activation activation = new Activation(time, session.key.chipId(), session.key.publicKey(), vin, null);
		return new Outgoing(vin, Command.ACTIVATION, encoder.encode(Frame.of(settings.revision(), vin, activation),
				signer(session.key)), null);
	}

	byte[] vehicleLogout(LocalDateTime time, VehicleSession session) {
		return encoder.encode(Frame.of(settings.revision(), session.spec.vin(), new VehicleLogout(time, session.loginSerial)));
	}

	Outgoing platformLogin(LocalDateTime time, int serial) {
		PlatformLogin login = new PlatformLogin(time, serial, settings.platformUser(), settings.platformPassword(),
				Encryption.NONE);
		return new Outgoing(settings.platformUser(), Command.PLATFORM_LOGIN,
				encoder.encode(Frame.of(settings.revision(), settings.platformUser(), login)), null);
	}

	byte[] platformLogout(LocalDateTime time, int serial) {
		return encoder.encode(Frame.of(settings.revision(), settings.platformUser(), new PlatformLogout(time, serial)));
	}

	byte[] heartbeat(String id) {
		return encoder.encode(Frame.of(settings.revision(), id, new Heartbeat()));
	}

	private byte[] encode(Frame frame, VehicleSession session) {
		return settings.sm2() ? encoder.encode(frame, signer(session.key)) : encoder.encode(frame);
	}

	private static Signer signer(Sm2Key key) {
		return (bytes, offset, length) -> {
			byte[][] rs = key.sign(bytes, offset, length);
			return Signature.of(SignatureAlgorithm.SM2, rs[0], rs[1]);
		};
	}
}

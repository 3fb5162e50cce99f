package org.clearlot.telemetry.gateway;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleStateEvent;
import org.clearlot.gbt32960.Activation;
import org.clearlot.gbt32960.DecodeError;
import org.clearlot.gbt32960.DecodeResult;
import org.clearlot.gbt32960.Encryption;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.Gbt32960Decoder;
import org.clearlot.gbt32960.Heartbeat;
import org.clearlot.gbt32960.KeyExchange;
import org.clearlot.gbt32960.PlatformLogin;
import org.clearlot.gbt32960.PlatformLogout;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.ResponseFlag;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.TimeSync;
import org.clearlot.gbt32960.VehicleLogin;
import org.clearlot.gbt32960.VehicleLogout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's conversation: decodes each frame and hands it to the handler of its command. Replies go back in
 * the frame's own revision. A malformed frame is answered with an error when its header could be read, and dropped
 * otherwise; after {@code clearlot.gateway.max-errors} malformed or refused frames, or when idle too long, the
 * connection is closed. Nothing a peer sends escapes as an exception: whatever goes wrong closes that connection only.
 */
final class SessionHandler extends SimpleChannelInboundHandler<byte[]> {

	private static final Logger log = LoggerFactory.getLogger(SessionHandler.class);

	private final Gbt32960Decoder decoder;
	private final GatewayServices services;
	private final Session session = new Session();

	SessionHandler(Gbt32960Decoder decoder, GatewayServices services) {
		this.decoder = decoder;
		this.services = services;
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, byte[] bytes) {
		DecodeResult result = decoder.decode(bytes, 0, bytes.length);
		if (result instanceof DecodeResult.Malformed malformed) {
			malformed(ctx, malformed);
			return;
		}
		DecodeResult.Decoded decoded = (DecodeResult.Decoded) result;
		if (!decoded.notes().isEmpty()) {
			log.debug("Frame from {} decoded with notes: {}", ctx.channel().remoteAddress(), decoded.notes());
		}
		Frame frame = decoded.frame();
		if (!frame.header().isCommand()) {
			return;
		}
		if (frame.header().encryption() != Encryption.NONE) {
			services.replies().reject(ctx.channel(), frame.header(), ResponseFlag.DECRYPTION_ERROR);
			countError(ctx, "sent an encrypted data unit (" + frame.header().encryption() + "), which is not supported");
			return;
		}
		if (!dispatch(ctx, frame, bytes)) {
			countError(ctx, "sent a refused " + frame.header().command() + " frame");
		}
	}

	/** Hands the frame to its command's handler; false when it was refused. */
	private boolean dispatch(ChannelHandlerContext ctx, Frame frame, byte[] bytes) {
		var channel = ctx.channel();
		var body = frame.body();
		if (body instanceof Realtime realtime) {
			return services.realtime().accept(channel, session, bytes, frame, realtime);
		}
		if (body instanceof VehicleLogin login) {
			return services.logins().vehicle(channel, session, frame, login);
		}
		if (body instanceof PlatformLogin login) {
			return services.logins().platform(channel, session, frame, login);
		}
		if (body instanceof VehicleLogout || body instanceof PlatformLogout) {
			services.logins().logout(channel, session, frame);
			return true;
		}
		if (body instanceof Heartbeat || body instanceof TimeSync || body instanceof KeyExchange) {
			services.replies().acknowledge(channel, frame.header());
			return true;
		}
		if (body instanceof Activation activation) {
			return services.activations().activate(channel, frame, bytes, activation);
		}
		return true;
	}

	private void malformed(ChannelHandlerContext ctx, DecodeResult.Malformed malformed) {
		if (malformed.header() != null) {
			ResponseFlag flag = malformed.header().revision() == Revision.V2025
					&& malformed.error() != DecodeError.UNKNOWN_COMMAND ? ResponseFlag.DATA_STRUCTURE_ERROR
							: ResponseFlag.ERROR;
			services.replies().reject(ctx.channel(), malformed.header(), flag);
		}
		countError(ctx, "sent a malformed frame: " + malformed.error() + " at byte " + malformed.offset() + ", "
				+ malformed.detail());
	}

	private void countError(ChannelHandlerContext ctx, String what) {
		log.info("{} ({}) {}", ctx.channel().remoteAddress(), session, what);
		if (session.error(services.properties().maxErrors())) {
			log.warn("Closing {} after {} errors", ctx.channel().remoteAddress(), services.properties().maxErrors());
			ctx.close();
		}
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event instanceof IdleStateEvent) {
			log.debug("Closing idle connection {} ({})", ctx.channel().remoteAddress(), session);
			ctx.close();
		}
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		log.warn("Closing {} after an error", ctx.channel().remoteAddress(), cause);
		ctx.close();
	}
}

package org.clearlot.telemetry.gateway;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.Gbt32960Encoder;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.Responses;
import org.clearlot.gbt32960.ResponseFlag;
import org.clearlot.gbt32960.Body;
import org.springframework.stereotype.Component;

/** Writes reply frames to a connection, timed by the platform's clock at Beijing time (GB/T 32960 time). */
@Component
class Replies {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	private static final Gbt32960Encoder ENCODER = new Gbt32960Encoder();

	private final Clock clock;

	Replies(Clock clock) {
		this.clock = clock;
	}

	void acknowledge(Channel channel, FrameHeader request) {
		channel.writeAndFlush(Unpooled.wrappedBuffer(Responses.acknowledge(request, now())));
	}

	void reject(Channel channel, FrameHeader request, ResponseFlag flag) {
		channel.writeAndFlush(Unpooled.wrappedBuffer(Responses.reject(request, flag, now())));
	}

	/** A reply with a body of its own (the activation response). */
	void send(Channel channel, FrameHeader header, Body body) {
		channel.writeAndFlush(Unpooled.wrappedBuffer(ENCODER.encode(new Frame(header, body))));
	}

	LocalDateTime now() {
		return LocalDateTime.now(clock.withZone(BEIJING));
	}
}

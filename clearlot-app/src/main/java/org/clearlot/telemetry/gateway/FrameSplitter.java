package org.clearlot.telemetry.gateway;

import java.nio.ByteBuffer;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.clearlot.gbt32960.FrameBoundary;
import org.clearlot.gbt32960.FrameBoundary.Boundary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts the TCP stream into frames (each a byte array) by their start bytes and declared length, without decoding
 * them. Bytes that cannot start a frame are skipped; a connection that sends more than {@value #MAX_GARBAGE} of them,
 * or declares a frame longer than the maximum, is closed.
 */
final class FrameSplitter extends ByteToMessageDecoder {

	private static final Logger log = LoggerFactory.getLogger(FrameSplitter.class);
	static final int MAX_GARBAGE = 1024;

	private final int maxFrameLength;
	private int garbage;

	FrameSplitter(int maxFrameLength) {
		this.maxFrameLength = maxFrameLength;
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		while (in.isReadable() && ctx.channel().isActive()) {
			ByteBuffer view = in.nioBuffer(in.readerIndex(), in.readableBytes());
			Boundary boundary = FrameBoundary.inspect(view, maxFrameLength);
			switch (boundary.kind()) {
				case NEED_MORE -> {
					return;
				}
				case FRAME -> {
					byte[] frame = new byte[boundary.bytes()];
					in.readBytes(frame);
					out.add(frame);
				}
				case GARBAGE -> {
					in.skipBytes(boundary.bytes());
					garbage += boundary.bytes();
					if (garbage > MAX_GARBAGE) {
						close(ctx, in, "sent " + garbage + " bytes that are not GB/T 32960 frames");
					}
				}
				case TOO_LONG -> close(ctx, in, "declared a frame of " + boundary.bytes() + " bytes, above the maximum of "
						+ maxFrameLength);
			}
		}
	}

	private static void close(ChannelHandlerContext ctx, ByteBuf in, String why) {
		log.warn("Closing {}: it {}", ctx.channel().remoteAddress(), why);
		in.skipBytes(in.readableBytes());
		ctx.close();
	}
}

package org.clearlot.simulator.gbt;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import org.clearlot.gbt32960.DecodeResult;
import org.clearlot.gbt32960.FrameBoundary;
import org.clearlot.gbt32960.Gbt32960Decoder;

/** Frames the server's byte stream with {@link FrameBoundary} and decodes each frame into a {@link DecodeResult}. */
final class ResponseDecoder extends ByteToMessageDecoder {

	private final Gbt32960Decoder decoder = new Gbt32960Decoder();

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		while (in.isReadable()) {
			FrameBoundary.Boundary boundary = FrameBoundary.inspect(in.nioBuffer(in.readerIndex(), in.readableBytes()),
					decoder.maxFrameLength());
			switch (boundary.kind()) {
				case NEED_MORE -> {
					return;
				}
				case GARBAGE -> in.skipBytes(boundary.bytes());
				case TOO_LONG -> throw new CorruptedFrameException("a reply declares " + boundary.bytes() + " bytes");
				case FRAME -> {
					byte[] frame = new byte[boundary.bytes()];
					in.readBytes(frame);
					out.add(decoder.decode(frame));
				}
			}
		}
	}
}

package org.clearlot.simulator.gbt;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import org.clearlot.gbt32960.DecodeResult;

/** The client pipeline: reply framing and decoding, and the hand-over to {@link GbtConnection}. */
final class GbtChannelInitializer extends ChannelInitializer<SocketChannel> {

	private final GbtConnection connection;

	GbtChannelInitializer(GbtConnection connection) {
		this.connection = connection;
	}

	@Override
	protected void initChannel(SocketChannel channel) {
		channel.pipeline().addLast(new ResponseDecoder(), new Handler());
	}

	private final class Handler extends ChannelInboundHandlerAdapter {

		@Override
		public void channelActive(ChannelHandlerContext ctx) {
			connection.connected(ctx.channel());
		}

		@Override
		public void channelInactive(ChannelHandlerContext ctx) {
			connection.disconnected();
		}

		@Override
		public void channelRead(ChannelHandlerContext ctx, Object message) {
			Reply reply = Reply.of((DecodeResult) message);
			if (reply != null) {
				connection.replied(reply);
			}
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
			ctx.close();
		}
	}
}

package org.clearlot.simulator.gbt;

import java.net.InetSocketAddress;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.clearlot.gbt32960.Activation;
import org.clearlot.gbt32960.ActivationResponse;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.DecodeResult;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.FrameBoundary;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.Gbt32960Decoder;
import org.clearlot.gbt32960.Gbt32960Encoder;
import org.clearlot.gbt32960.PlatformLogin;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.ResponseFlag;
import org.clearlot.gbt32960.Responses;
import org.clearlot.gbt32960.realtime.Signature;

/**
 * A GB/T 32960 gateway for tests: decodes every frame with the codec, checks platform credentials, known VINs and
 * SM2 signatures, acknowledges, and records what it received. It can drop a connection once after a number of
 * realtime frames (without acknowledging the last), to exercise the client's redial and reissue.
 */
final class TestGateway implements AutoCloseable {

	record Received(FrameHeader header, Realtime report) {
	}

	final List<Received> reports = new CopyOnWriteArrayList<>();
	final Map<String, AtomicInteger> logins = new ConcurrentHashMap<>();
	final Map<String, AtomicInteger> logouts = new ConcurrentHashMap<>();
	final Map<String, byte[]> keys = new ConcurrentHashMap<>();
	final AtomicInteger platformLogins = new AtomicInteger();
	final AtomicInteger badSignatures = new AtomicInteger();
	final AtomicInteger malformed = new AtomicInteger();
	final AtomicInteger connections = new AtomicInteger();
	final AtomicInteger heartbeats = new AtomicInteger();
	volatile Set<String> knownVins;
	volatile String platformPassword = "secret";
	final AtomicInteger dropAfterRealtime = new AtomicInteger(-1);
	final AtomicInteger stallAfterRealtime = new AtomicInteger(-1);

	private final Gbt32960Decoder decoder = new Gbt32960Decoder();
	private final Gbt32960Encoder encoder = new Gbt32960Encoder();
	private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
	private final Channel server;

	TestGateway() throws InterruptedException {
		server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
				.childHandler(new ChannelInitializer<SocketChannel>() {
					@Override
					protected void initChannel(SocketChannel channel) {
						connections.incrementAndGet();
						channel.pipeline().addLast(new Framer(), new Handler());
					}
				}).bind("127.0.0.1", 0).sync().channel();
	}

	int port() {
		return ((InetSocketAddress) server.localAddress()).getPort();
	}

	long realtimeCount(Command command) {
		return reports.stream().filter(r -> r.header().command() == command).count();
	}

	@Override
	public void close() {
		server.close().syncUninterruptibly();
		group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
	}

	private final class Framer extends ByteToMessageDecoder {
		@Override
		protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
			while (in.isReadable()) {
				FrameBoundary.Boundary b = FrameBoundary.inspect(in.nioBuffer(in.readerIndex(), in.readableBytes()),
						decoder.maxFrameLength());
				switch (b.kind()) {
					case NEED_MORE -> {
						return;
					}
					case GARBAGE, TOO_LONG -> {
						malformed.incrementAndGet();
						in.skipBytes(Math.min(in.readableBytes(), Math.max(1, b.kind() == FrameBoundary.Boundary.Kind.TOO_LONG ? 2 : b.bytes())));
					}
					case FRAME -> {
						byte[] frame = new byte[b.bytes()];
						in.readBytes(frame);
						out.add(frame);
					}
				}
			}
		}
	}

	private final class Handler extends SimpleChannelInboundHandler<byte[]> {
		private boolean stalled;

		@Override
		protected void channelRead0(ChannelHandlerContext ctx, byte[] bytes) {
			if (stalled) {
				return;
			}
			DecodeResult result = decoder.decode(bytes);
			if (!(result instanceof DecodeResult.Decoded decoded)) {
				malformed.incrementAndGet();
				return;
			}
			Frame frame = decoded.frame();
			FrameHeader header = frame.header();
			if (!header.isCommand()) {
				return;
			}
			LocalDateTime now = LocalDateTime.of(2026, 1, 1, 0, 0);
			switch (header.command()) {
				case PLATFORM_LOGIN -> {
					PlatformLogin login = (PlatformLogin) frame.body();
					platformLogins.incrementAndGet();
					boolean ok = platformPassword.equals(login.password());
					reply(ctx, ok ? Responses.acknowledge(header, now) : Responses.reject(header, ResponseFlag.ERROR, now));
				}
				case VEHICLE_LOGIN -> {
					if (knownVins != null && !knownVins.contains(header.vin())) {
						reply(ctx, Responses.reject(header, ResponseFlag.VIN_NOT_FOUND, now));
						return;
					}
					logins.computeIfAbsent(header.vin(), v -> new AtomicInteger()).incrementAndGet();
					reply(ctx, Responses.acknowledge(header, now));
				}
				case ACTIVATION -> {
					Activation activation = (Activation) frame.body();
					Signature s = activation.signature();
					boolean valid = Sm2Key.verify(activation.publicKey(), bytes, s.signedOffset(), s.signedLength(), s.r(), s.s());
					if (valid) {
						keys.put(header.vin(), activation.publicKey());
					}
					else {
						badSignatures.incrementAndGet();
					}
					FrameHeader response = FrameHeader.command(header.revision(), Command.ACTIVATION_RESPONSE, header.vin());
					reply(ctx, encoder.encode(new Frame(response, ActivationResponse.of(valid, ActivationResponse.Info.NONE))));
				}
				case REALTIME, REISSUE -> realtime(ctx, bytes, header, (Realtime) frame.body(), now);
				case HEARTBEAT -> {
					heartbeats.incrementAndGet();
					reply(ctx, Responses.acknowledge(header, now));
				}
				case VEHICLE_LOGOUT, PLATFORM_LOGOUT -> {
					logouts.computeIfAbsent(header.vin(), v -> new AtomicInteger()).incrementAndGet();
					reply(ctx, Responses.acknowledge(header, now));
				}
				default -> reply(ctx, Responses.reject(header, ResponseFlag.ERROR, now));
			}
		}

		private void realtime(ChannelHandlerContext ctx, byte[] bytes, FrameHeader header, Realtime report, LocalDateTime now) {
			if (dropAfterRealtime.get() == 0) {
				dropAfterRealtime.set(-1);
				ctx.close();
				return;
			}
			if (stallAfterRealtime.get() == 0) {
				stallAfterRealtime.set(-1);
				stalled = true;
				return;
			}
			byte[] key = keys.get(header.vin());
			if (key != null) {
				Signature s = report.signature();
				if (s == null || !Sm2Key.verify(key, bytes, s.signedOffset(), s.signedLength(), s.r(), s.s())) {
					badSignatures.incrementAndGet();
					reply(ctx, Responses.reject(header, ResponseFlag.SIGNATURE_FAILED, now));
					return;
				}
			}
			reports.add(new Received(header, report));
			dropAfterRealtime.updateAndGet(n -> n > 0 ? n - 1 : n);
			stallAfterRealtime.updateAndGet(n -> n > 0 ? n - 1 : n);
			reply(ctx, Responses.acknowledge(header, now));
		}

		private void reply(ChannelHandlerContext ctx, byte[] bytes) {
			ctx.writeAndFlush(Unpooled.wrappedBuffer(bytes));
		}
	}
}

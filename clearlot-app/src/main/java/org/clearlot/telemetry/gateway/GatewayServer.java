package org.clearlot.telemetry.gateway;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import org.clearlot.gbt32960.Gbt32960Decoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The GB/T 32960 TCP server, started with the application on {@code clearlot.gateway.port} (0 picks a free port,
 * for tests) unless {@code clearlot.gateway.enabled=false}. Each connection gets an idle timeout, the frame splitter
 * and its own session handler; one event-loop thread per core serves all connections.
 */
@Component
public class GatewayServer implements SmartLifecycle {

	static final int PHASE = Integer.MAX_VALUE - 2048;
	/** Bytes read from a socket at a time: a few frames, so a paused connection has little decoded beyond the pause. */
	static final int READ_BYTES = 4096;
	private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);

	private final GatewayProperties properties;
	private final GatewayServices services;
	private EventLoopGroup boss;
	private EventLoopGroup workers;
	private Channel server;

	GatewayServer(GatewayProperties properties, GatewayServices services) {
		this.properties = properties;
		this.services = services;
	}

	@Override
	public void start() {
		if (!properties.enabled()) {
			return;
		}
		boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
		workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
		Gbt32960Decoder decoder = new Gbt32960Decoder(properties.maxFrameLength());
		ServerBootstrap bootstrap = new ServerBootstrap().group(boss, workers)
			.channel(NioServerSocketChannel.class)
			.option(ChannelOption.SO_BACKLOG, 4096)
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childOption(ChannelOption.RECVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(READ_BYTES))
			.childHandler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel channel) {
					channel.pipeline()
						.addLast(new IdleStateHandler(properties.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
						.addLast(new FrameSplitter(properties.maxFrameLength()))
						.addLast(new SessionHandler(decoder, services));
				}
			});
		server = bootstrap.bind(properties.port()).syncUninterruptibly().channel();
		log.info("GB/T 32960 gateway listening on port {}", port());
	}

	/** The port the server listens on (the configured one, or the one picked for port 0); -1 when not running. */
	public int port() {
		return server == null ? -1 : ((InetSocketAddress) server.localAddress()).getPort();
	}

	@Override
	public void stop() {
		if (server != null) {
			server.close().syncUninterruptibly();
			workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
			boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
			server = null;
		}
	}

	@Override
	public boolean isRunning() {
		return server != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}
}

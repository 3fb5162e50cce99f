package org.clearlot.simulator.gbt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import org.clearlot.simulator.Fleet;
import org.clearlot.simulator.FleetRun;
import org.clearlot.simulator.Reporting;
import org.clearlot.simulator.VehicleRun;
import org.clearlot.simulator.VehicleSpec;
import org.clearlot.simulator.transport.DeliveryCounts;
import org.clearlot.simulator.transport.Pacer;

/**
 * Streams a fleet over GB/T 32960 from one process: the vehicles are spread over {@code connections} TCP
 * connections (one per vehicle by default), all served by a small NIO event-loop group, so that 10,000 connections
 * are fine. Each connection simulates its own vehicles on its event loop as it needs frames.
 */
public final class GbtClient {

	private final GbtSettings settings;
	private final int threads;

	public GbtClient(GbtSettings settings, int threads) {
		this.settings = settings;
		this.threads = threads;
	}

	/**
	 * What a run did.
	 *
	 * @param summary     counts (sent = realtime and reissue frames, acknowledged = those acknowledged)
	 * @param runs        every vehicle's run, for its truth at the end
	 * @param failures    connections that gave up (platform login refused, too many redials)
	 */
	public record Result(DeliveryCounts.Summary summary, List<VehicleRun> runs, List<Throwable> failures) {
	}

	/** Sends the readings of {@code fleet} in [{@code from}, {@code until}); {@code progress} hears the counts twice a second. */
	public Result run(Fleet fleet, Instant from, Instant until, Reporting reporting, int connections, Pacer pacer,
			Consumer<DeliveryCounts> progress) {
		List<VehicleSpec> vehicles = fleet.vehicles();
		int count = Math.max(1, Math.min(connections, vehicles.size()));
		List<List<VehicleSpec>> groups = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			groups.add(new ArrayList<>());
		}
		for (int i = 0; i < vehicles.size(); i++) {
			groups.get(i % count).add(vehicles.get(i));
		}
		DeliveryCounts counts = new DeliveryCounts();
		EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
		List<VehicleRun> runs = new ArrayList<>();
		List<CompletableFuture<Void>> finished = new ArrayList<>();
		try {
			Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
					.option(ChannelOption.TCP_NODELAY, true).option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
			for (int i = 0; i < groups.size(); i++) {
				List<VehicleSpec> members = groups.get(i);
				FleetRun readings = fleet.merged(members.stream().map(VehicleSpec::vin).toList(), from, until, reporting);
				runs.addAll(readings.runs());
				Map<String, VehicleSession> sessions = new LinkedHashMap<>();
				for (VehicleSpec spec : members) {
					sessions.put(spec.vin(), new VehicleSession(spec, settings.sm2() ? Sm2Key.derive(settings.seed(), spec.vin())
							: null, settings.seed()));
				}
				EventLoop loop = group.next();
				GbtConnection connection = new GbtConnection(settings, bootstrap, loop, readings, sessions, counts, pacer);
				CompletableFuture<Void> done = new CompletableFuture<>();
				finished.add(done);
				loop.schedule(() -> connection.start().whenComplete((ok, failed) -> {
					if (failed == null) {
						done.complete(null);
					}
					else {
						done.completeExceptionally(failed);
					}
				}), i / 200 * 20L, TimeUnit.MILLISECONDS);
			}
			CompletableFuture<Void> all = CompletableFuture.allOf(finished.toArray(CompletableFuture[]::new));
			while (!all.isDone()) {
				try {
					all.get(500, TimeUnit.MILLISECONDS);
				}
				catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException waiting) {
					// keep reporting until every connection has finished
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					break;
				}
				progress.accept(counts);
			}
		}
		finally {
			group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
		}
		List<Throwable> failures = new ArrayList<>();
		for (CompletableFuture<Void> done : finished) {
			try {
				done.join();
			}
			catch (CompletionException failed) {
				failures.add(failed.getCause());
			}
		}
		return new Result(counts.summary(), runs, failures);
	}
}

package org.clearlot.simulator.cli;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.clearlot.gbt32960.Revision;
import org.clearlot.simulator.Fleet;
import org.clearlot.simulator.Reporting;
import org.clearlot.simulator.VehicleRun;
import org.clearlot.simulator.gbt.GbtClient;
import org.clearlot.simulator.gbt.GbtSettings;
import org.clearlot.simulator.transport.DeliveryCounts;
import org.clearlot.simulator.transport.Pacer;

/** The command line's GB/T 32960 run: settings from the options, progress on the bar, failures on stderr. */
final class GbtRun {

	private final Fleet fleet;
	private final Instant from;
	private final Instant until;
	private final Reporting reporting;
	private final GbtSettings settings;
	private final int connections;
	private final Pacer pacer;
	private final Progress progress;
	private List<VehicleRun> runs = List.of();

	GbtRun(Fleet fleet, Instant from, Instant until, Reporting reporting, URI target, int revision, String platformUser,
			String platformPassword, Integer connections, int window, boolean sm2, Pacer pacer, Progress progress) {
		this.fleet = fleet;
		this.from = from;
		this.until = until;
		this.reporting = reporting;
		GbtSettings base = GbtSettings.of(target.getHost(), target.getPort(), revision == 2025 ? Revision.V2025 : Revision.V2016)
				.withWindow(window).withSm2(sm2, fleet.seed());
		this.settings = platformUser == null ? base : base.withPlatform(platformUser, platformPassword);
		int vehicles = fleet.vehicles().size();
		this.connections = connections != null ? connections : platformUser == null ? vehicles : Math.min(vehicles, 10);
		this.pacer = pacer;
		this.progress = progress;
	}

	DeliveryCounts.Summary call() {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		GbtClient.Result result = new GbtClient(settings, threads).run(fleet, from, until, reporting, connections, pacer,
				counts -> {
					long second = counts.latestSecond();
					if (second != Long.MIN_VALUE) {
						progress.at(Instant.ofEpochSecond(second), counts.readingsSoFar(),
								String.format(", %,d acked", counts.acknowledgedSoFar()));
					}
				});
		runs = result.runs();
		for (Throwable failure : result.failures()) {
			System.err.println("connection failed: " + failure.getMessage());
		}
		return result.summary();
	}

	List<VehicleRun> runs() {
		return runs;
	}
}

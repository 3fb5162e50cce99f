package org.clearlot.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clearlot.simulator.Fleet;
import org.clearlot.simulator.FleetGenerator;
import org.clearlot.simulator.FleetRun;
import org.clearlot.simulator.GeneratorOptions;
import org.clearlot.simulator.Reading;
import org.clearlot.simulator.Reporting;
import org.clearlot.simulator.VehicleRun;
import org.clearlot.simulator.VehicleSpec;
import org.clearlot.simulator.http.HttpStreamer;
import org.clearlot.simulator.http.HttpTelemetryClient;
import org.clearlot.simulator.market.MarketplaceVehicles;
import org.clearlot.simulator.transport.DeliveryCounts;
import org.clearlot.simulator.transport.Pacer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code java -jar clearlot-simulator.jar …}: see {@code --help}. */
@Command(name = "clearlot-simulator", mixinStandardHelpOptions = true, version = "clearlot-simulator 0.1.0",
		sortOptions = false, usageHelpWidth = 110,
		description = { "Simulates a fleet of EVs whose TRUE battery fade is known and streams their telemetry to "
				+ "Clearlot over HTTP or GB/T 32960 (TCP), then prints each vehicle's true state of health.",
				"The server accepts only VINs it knows: use --vins-from with a running marketplace, or register the "
						+ "synthetic VINs (valid ISO 3779 check digits) first." },
		footer = { "", "Examples:",
				"  java -jar clearlot-simulator.jar --vehicles 200 --days 30 --seed 7 --target http://localhost:8080 "
						+ "--vins-from http://localhost:8080",
				"  java -jar clearlot-simulator.jar --vehicles 1000 --days 1 --target tcp://localhost:32960 "
						+ "--revision 2025 --speed max",
				"  java -jar clearlot-simulator.jar --vehicles 50 --days 90 --interval 300s --target none "
						+ "--truth-file truth.csv" })
public final class SimulatorCommand implements Callable<Integer> {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--vehicles", description = "Number of vehicles (default ${DEFAULT-VALUE}).", defaultValue = "10")
	int vehicles;

	@Option(names = "--days", description = "Simulated days (default ${DEFAULT-VALUE}).", defaultValue = "1")
	double days;

	@Option(names = "--start", description = "Start of the simulation: a date (midnight Beijing time) or an ISO "
			+ "instant; default: --days before today's midnight.")
	String start;

	@Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).", defaultValue = "1")
	long seed;

	@Option(names = "--interval", description = "Reporting interval while on or charging: 10s, 60s, 5m … (default "
			+ "${DEFAULT-VALUE}); level-3 alarms report every second.", defaultValue = "10s",
			converter = Conversions.DurationConverter.class)
	Duration interval;

	@Option(names = "--target", description = "http://host:port, tcp://host:port or none (default ${DEFAULT-VALUE}).",
			defaultValue = "none", converter = Target.Converter.class)
	Target target;

	@Option(names = "--speed", description = "Simulated seconds per real second, or max (default ${DEFAULT-VALUE}).",
			defaultValue = "max", converter = Conversions.SpeedConverter.class)
	double speed;

	@Option(names = "--username", description = "HTTP user (default ${DEFAULT-VALUE}).", defaultValue = "demo-telemetry")
	String username;

	@Option(names = "--password", description = "HTTP password (default ${DEFAULT-VALUE}).", defaultValue = "clearlot-demo")
	String password;

	@Option(names = "--batch-size", description = "HTTP readings per request, at most 10000 (default ${DEFAULT-VALUE}).",
			defaultValue = "1000")
	int batchSize;

	@Option(names = "--http-lists", description = "HTTP: also send the full cell-voltage and probe-temperature lists "
			+ "(cellVoltagesV, probeTemperaturesC), which the telemetry API does not read today.")
	boolean httpLists;

	@Option(names = "--revision", description = "GB/T 32960 revision: 2016 or 2025 (default ${DEFAULT-VALUE}).",
			defaultValue = "2016")
	int revision;

	@Option(names = "--platform-user", description = "GB/T: platform login user; many VINs then share each connection.")
	String platformUser;

	@Option(names = "--platform-password", description = "GB/T: platform login password.")
	String platformPassword;

	@Option(names = "--connections", description = "GB/T: connections over which the vehicles are spread (default: "
			+ "one per vehicle; with a platform login, 10).")
	Integer connections;

	@Option(names = "--window", description = "GB/T: unacknowledged frames allowed per connection (default ${DEFAULT-VALUE}).",
			defaultValue = "64")
	int window;

	@Option(names = "--sm2", description = "GB/T 2025: give every vehicle an SM2 key: activation, then signed frames.")
	boolean sm2;

	@Option(names = "--vins-from", description = "Take the BEVs and PHEVs listed in this marketplace (e.g. "
			+ "http://localhost:8080) and their battery nameplates.")
	String vinsFrom;

	@Option(names = "--thermal-events", description = "Share of vehicles that suffer a thermal event (default ${DEFAULT-VALUE}).",
			defaultValue = "0.002")
	double thermalEvents;

	@Option(names = "--truth-file", description = "Also write the true battery states to this CSV file.")
	Path truthFile;

	@Option(names = "--no-progress", description = "No progress bar.")
	boolean noProgress;

	@Option(names = "--no-table", description = "Do not print the per-vehicle truth table.")
	boolean noTable;

	public static void main(String[] args) {
		System.exit(new CommandLine(new SimulatorCommand()).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		validate();
		PrintWriter out = spec.commandLine().getOut();
		Instant epoch = startInstant();
		Instant end = epoch.plusSeconds((long) (days * 86_400));
		GeneratorOptions options = GeneratorOptions.defaults().withThermalEvents(thermalEvents, Duration.ofSeconds(
				Math.max(7200, (long) (days * 86_400))));
		FleetGenerator generator = new FleetGenerator(seed, epoch, options);
		List<VehicleSpec> specs = vinsFrom == null ? generator.generate(vehicles)
				: new MarketplaceVehicles(java.net.URI.create(vinsFrom)).fetch(vehicles).stream().map(generator::complete).toList();
		if (specs.isEmpty()) {
			spec.commandLine().getErr().println("No electric vehicles found at " + vinsFrom);
			return 2;
		}
		Fleet fleet = Fleet.of(seed, epoch, specs);
		Reporting reporting = Reporting.every(interval);
		Pacer pacer = Double.isInfinite(speed) ? Pacer.unlimited() : Pacer.startingAt(epoch, speed);
		out.printf(Locale.ROOT, "Simulating %d vehicles from %s for %s days, every %ds, to %s%n", specs.size(),
				OffsetDateTime.ofInstant(epoch, ZoneOffset.ofHours(8)), days, interval.toSeconds(),
				target.kind() == Target.Kind.NONE ? "nowhere" : target.uri());
		out.flush();
		List<VehicleRun> runs;
		DeliveryCounts.Summary summary;
		try (Progress progress = noProgress ? Progress.silent() : Progress.bar(epoch, end)) {
			switch (target.kind()) {
				case HTTP -> {
					FleetRun merged = fleet.merged(epoch, end, reporting);
					HttpTelemetryClient client = new HttpTelemetryClient(target.uri(), username, password, httpLists);
					summary = new HttpStreamer(client, batchSize, pacer).stream(progress.watch(merged), n -> { });
					runs = merged.runs();
				}
				case TCP -> {
					GbtRun run = new GbtRun(fleet, epoch, end, reporting, target.uri(), revision, platformUser,
							platformPassword, connections, window, sm2, pacer, progress);
					summary = run.call();
					runs = run.runs();
				}
				default -> {
					FleetRun merged = fleet.merged(epoch, end, reporting);
					DeliveryCounts counts = new DeliveryCounts();
					Iterator<Reading> readings = progress.watch(merged);
					long n = 0;
					while (readings.hasNext()) {
						readings.next();
						n++;
					}
					counts.readings(n);
					summary = counts.summary();
					runs = merged.runs();
				}
			}
		}
		printSummary(out, summary);
		List<TruthReport.Row> rows = runs.stream().map(r -> new TruthReport.Row(r.vehicle(), r.truth())).toList();
		if (!noTable) {
			TruthReport.print(rows, out);
		}
		if (truthFile != null) {
			TruthReport.writeCsv(rows, truthFile);
			out.println("True battery states written to " + truthFile);
		}
		out.flush();
		return summary.errors() > 0 && summary.acknowledged() == 0 && target.kind() != Target.Kind.NONE ? 1 : 0;
	}

	private void printSummary(PrintWriter out, DeliveryCounts.Summary s) {
		out.printf(Locale.ROOT, "Readings %,d; sent %,d; acknowledged %,d; duplicates %,d; rejected %,d; resent %,d; "
				+ "errors %,d; %.1f s; %,.0f acknowledged/s (%,.0f readings/s)%n", s.readings(), s.sent(), s.acknowledged(),
				s.duplicates(), s.rejected(), s.resent(), s.errors(), s.seconds(), s.acknowledgedPerSecond(),
				s.seconds() > 0 ? s.readings() / s.seconds() : 0);
	}

	private void validate() {
		if (vehicles < 1) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--vehicles must be at least 1");
		}
		if (!(days > 0)) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--days must be positive");
		}
		if (revision != 2016 && revision != 2025) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--revision must be 2016 or 2025");
		}
		if ((platformUser == null) != (platformPassword == null)) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"--platform-user and --platform-password go together");
		}
		if (sm2 && revision != 2025) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--sm2 needs --revision 2025");
		}
		if (batchSize < 1 || batchSize > HttpTelemetryClient.MAX_BATCH) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--batch-size must be 1–10000");
		}
		if (connections != null && connections < 1) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--connections must be at least 1");
		}
	}

	Instant startInstant() {
		ZoneOffset beijing = ZoneOffset.ofHours(8);
		if (start == null) {
			return LocalDate.now(beijing).minusDays((long) Math.ceil(days)).atStartOfDay().toInstant(beijing);
		}
		if (start.length() == 10) {
			return LocalDate.parse(start).atStartOfDay().toInstant(beijing);
		}
		return OffsetDateTime.parse(start).toInstant();
	}
}

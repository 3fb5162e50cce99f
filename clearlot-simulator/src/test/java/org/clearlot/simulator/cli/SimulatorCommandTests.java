package org.clearlot.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulatorCommandTests {

	@Test
	void parsesEveryOption() {
		SimulatorCommand command = new SimulatorCommand();
		new CommandLine(command).parseArgs("--vehicles", "200", "--days", "30", "--seed", "7", "--interval", "60s",
				"--target", "tcp://localhost:32960", "--revision", "2025", "--platform-user", "u", "--platform-password",
				"p", "--connections", "4", "--speed", "max", "--window", "32", "--sm2", "--truth-file", "out.csv",
				"--start", "2026-01-01");
		assertThat(command.vehicles).isEqualTo(200);
		assertThat(command.days).isEqualTo(30);
		assertThat(command.seed).isEqualTo(7);
		assertThat(command.interval).isEqualTo(Duration.ofMinutes(1));
		assertThat(command.target.kind()).isEqualTo(Target.Kind.TCP);
		assertThat(command.target.uri().getPort()).isEqualTo(32960);
		assertThat(command.revision).isEqualTo(2025);
		assertThat(command.connections).isEqualTo(4);
		assertThat(command.speed).isInfinite();
		assertThat(command.sm2).isTrue();
		assertThat(command.truthFile).isEqualTo(Path.of("out.csv"));
		assertThat(command.startInstant()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
	}

	@Test
	void parsesDurationsSpeedsAndTargets() {
		assertThat(Conversions.duration("10s")).isEqualTo(Duration.ofSeconds(10));
		assertThat(Conversions.duration("5m")).isEqualTo(Duration.ofMinutes(5));
		assertThat(Conversions.duration("300")).isEqualTo(Duration.ofSeconds(300));
		assertThat(Conversions.duration("PT2H")).isEqualTo(Duration.ofHours(2));
		assertThat(Conversions.speed("60")).isEqualTo(60);
		assertThat(Conversions.speed("3600x")).isEqualTo(3600);
		assertThat(Target.parse("http://localhost:8080").kind()).isEqualTo(Target.Kind.HTTP);
		assertThat(Target.parse("none").kind()).isEqualTo(Target.Kind.NONE);
		assertThatThrownBy(() -> Conversions.duration("ten")).isInstanceOf(CommandLine.TypeConversionException.class);
		assertThatThrownBy(() -> Conversions.speed("-1")).isInstanceOf(CommandLine.TypeConversionException.class);
		assertThatThrownBy(() -> Target.parse("ftp://x")).isInstanceOf(CommandLine.TypeConversionException.class);
		assertThatThrownBy(() -> Target.parse("tcp://localhost")).isInstanceOf(CommandLine.TypeConversionException.class);
	}

	@Test
	void rejectsInconsistentOptions() {
		assertThat(run("--revision", "2019").exit).isEqualTo(2);
		assertThat(run("--platform-user", "u").exit).isEqualTo(2);
		assertThat(run("--sm2", "--revision", "2016").exit).isEqualTo(2);
		assertThat(run("--interval", "forever").exit).isEqualTo(2);
	}

	@Test
	void simulatesPrintsTheTruthAndWritesTheCsv(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("truth.csv");
		Result result = run("--vehicles", "3", "--days", "1", "--start", "2026-02-01", "--no-progress", "--truth-file",
				csv.toString());
		assertThat(result.exit).isZero();
		assertThat(result.out).contains("Simulating 3 vehicles", "VIN", "START", "TRUE", "EFC");
		List<String> lines = Files.readAllLines(csv);
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("vin,chemistry,usage,city,nominal_capacity_ah,start_soh,true_soh");
	}

	@Test
	void helpExplainsThatTheServerNeedsKnownVins() {
		assertThat(run("--help").out).contains("--vins-from", "accepts only VINs it knows", "--speed");
	}

	record Result(int exit, String out) {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		CommandLine cli = new CommandLine(new SimulatorCommand());
		cli.setOut(new PrintWriter(out));
		cli.setErr(new PrintWriter(new StringWriter()));
		int exit = cli.execute(args);
		return new Result(exit, out.toString());
	}
}

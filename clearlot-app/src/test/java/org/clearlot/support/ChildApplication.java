package org.clearlot.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.clearlot.ClearlotApplication;

/**
 * The application in a JVM of its own, on the test classpath, for tests that kill it the hard way (SIGKILL, no
 * shutdown hooks) and start it again on the same data directory. Its output goes to a log file beside the data.
 */
public final class ChildApplication implements AutoCloseable {

	private final Process process;
	private final int httpPort;
	private final int gatewayPort;

	private ChildApplication(Process process, int httpPort, int gatewayPort) {
		this.process = process;
		this.httpPort = httpPort;
		this.gatewayPort = gatewayPort;
	}

	/** Starts the application on free ports and waits until it reports ready. */
	public static ChildApplication start(Path dataDir, String... arguments) throws IOException {
		int http = freePort();
		int gateway = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-cp", System.getProperty("java.class.path"), ClearlotApplication.class.getName(),
				"--server.port=" + http, "--clearlot.gateway.port=" + gateway, "--clearlot.data-dir=" + dataDir));
		command.addAll(List.of(arguments));
		Files.createDirectories(dataDir);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()))
			.start();
		ChildApplication child = new ChildApplication(process, http, gateway);
		Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("The application exited with " + process.exitValue());
			}
			return child.ready();
		});
		return child;
	}

	public int httpPort() {
		return httpPort;
	}

	public int gatewayPort() {
		return gatewayPort;
	}

	/** Kills the process at once, as a power cut or {@code kill -9} would. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			kill();
		}
	}

	private boolean ready() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create("http://localhost:" + httpPort + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		}
		catch (IOException | InterruptedException notYet) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}

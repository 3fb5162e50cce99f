package org.clearlot.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM was killed hard, the embedded postmaster survives as an orphan holding {@code postmaster.pid};
 * the next start would then wait for its full timeout and fail. This stops such an orphan, but only when the
 * process really is a postgres server on this very data directory and no live JVM started it. A data directory
 * in use by another running instance is refused with a clear message instead.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> process = parsePid(lines).flatMap(ProcessHandle::of);
		if (process.isEmpty() || !process.get().isAlive()) {
			Files.deleteIfExists(pidFile);
			return;
		}
		if (!isPostgresOn(process.get(), dataDirectory, lines)) {
			log.warn("{} names a live process that is not a postgres on {}; leaving it alone", pidFile, dataDirectory);
			return;
		}
		Optional<ProcessHandle> owner = owningJvm(process.get());
		if (owner.isPresent()) {
			throw new IllegalStateException("The data directory " + dataDirectory.getParent() + " is in use by another "
					+ "running Clearlot (pid " + owner.get().pid() + "); stop it or choose another --clearlot.data-dir");
		}
		log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", process.get().pid());
		process.get().destroy();
		try {
			process.get().onExit().get(15, TimeUnit.SECONDS);
		}
		catch (Exception timeoutOrInterrupt) {
			process.get().destroyForcibly();
		}
		Files.deleteIfExists(pidFile);
	}

	/** The live Java process among the postmaster's ancestors (zonky may start it through unshare), if any. */
	private static Optional<ProcessHandle> owningJvm(ProcessHandle postmaster) {
		Optional<ProcessHandle> ancestor = postmaster.parent();
		for (int depth = 0; depth < 4 && ancestor.isPresent(); depth++) {
			ProcessHandle candidate = ancestor.get();
			if (candidate.pid() <= 1) {
				return Optional.empty();
			}
			if (candidate.isAlive() && (candidate.info().command().orElse("").endsWith("/java")
					|| readCmdline(candidate).startsWith("java") || readCmdline(candidate).contains("/java\0"))) {
				return Optional.of(candidate);
			}
			ancestor = candidate.parent();
		}
		return Optional.empty();
	}

	private static Optional<Long> parsePid(List<String> lines) {
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException notAPid) {
			return Optional.empty();
		}
	}

	private static boolean isPostgresOn(ProcessHandle process, Path dataDirectory, List<String> pidLines) {
		String command = process.info().command().orElse("");
		boolean postgres = command.contains("postgres") || readCmdline(process).contains("postgres");
		boolean sameDirectory = pidLines.size() > 1
				&& Path.of(pidLines.get(1).trim()).toAbsolutePath().normalize().equals(dataDirectory.toAbsolutePath().normalize());
		return postgres && sameDirectory;
	}

	private static String readCmdline(ProcessHandle process) {
		try {
			return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
		}
		catch (IOException | RuntimeException unreadable) {
			return "";
		}
	}
}

package org.clearlot.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces one benchmark's section of docs/benchmarks.md, between the markers
 * {@code <!-- benchmark:NAME:start -->} and {@code <!-- benchmark:NAME:end -->}, so figures come only from a run.
 */
public final class BenchmarkReport {

	private BenchmarkReport() {
	}

	public static void write(Path file, String name, String content) throws IOException {
		String start = "<!-- benchmark:" + name + ":start -->";
		String end = "<!-- benchmark:" + name + ":end -->";
		String document = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
		int from = document.indexOf(start);
		int to = document.indexOf(end);
		String section = start + "\n" + content.strip() + "\n" + end;
		String updated = from >= 0 && to > from
				? document.substring(0, from) + section + document.substring(to + end.length())
				: document.stripTrailing() + "\n\n" + section + "\n";
		Files.writeString(file, updated);
	}
}

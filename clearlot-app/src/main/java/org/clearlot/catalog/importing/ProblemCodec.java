package org.clearlot.catalog.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clearlot.platform.web.InvalidInputException.FieldProblem;

/**
 * Stores a row's problems in one text column: one problem per line, its parts (field, code, English message,
 * arguments) separated by the ASCII unit separator. Lines without separators, written before problems carried
 * codes, read back as English text.
 */
final class ProblemCodec {

	private static final String PART = "\u001F";

	private ProblemCodec() {
	}

	static String encode(List<FieldProblem> problems) {
		List<String> lines = new ArrayList<>();
		for (FieldProblem problem : problems) {
			List<String> parts = new ArrayList<>(List.of(problem.field(), problem.code() == null ? "" : problem.code(),
					problem.message()));
			parts.addAll(problem.args());
			lines.add(String.join(PART, parts.stream().map(ProblemCodec::oneLine).toList()));
		}
		return String.join("\n", lines);
	}

	static List<FieldProblem> decode(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (String line : text.split("\n")) {
			String[] parts = line.split(PART, -1);
			if (parts.length < 3) {
				problems.add(new FieldProblem("row", line));
				continue;
			}
			problems.add(new FieldProblem(parts[0], parts[2], parts[1].isEmpty() ? null : parts[1],
					Arrays.asList(parts).subList(3, parts.length)));
		}
		return problems;
	}

	private static String oneLine(String text) {
		return text.replace('\n', ' ').replace('\r', ' ').replace(PART, " ");
	}
}

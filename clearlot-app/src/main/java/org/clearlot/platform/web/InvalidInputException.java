package org.clearlot.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input that breaks a domain rule, naming each offending field. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> fieldProblems;

	public InvalidInputException(String detail, List<FieldProblem> fieldProblems) {
		super(detail);
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	/** Every problem at once, with a detail naming them all. */
	public static InvalidInputException of(List<FieldProblem> problems) {
		return new InvalidInputException(problems.stream().map(FieldProblem::english).collect(Collectors.joining("; ")),
				problems);
	}

	public static InvalidInputException of(String field, Reason reason, Object... args) {
		return of(List.of(FieldProblem.of(field, reason, args)));
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/**
	 * One offending field and what is wrong with it: the English message the API returns, and the message code and
	 * arguments from which the UI shows it in the reader's language ({@code code} is null for free text).
	 */
	public record FieldProblem(String field, String message, String code, List<String> args) {

		public FieldProblem {
			args = List.copyOf(args);
		}

		public FieldProblem(String field, String message) {
			this(field, message, null, List.of());
		}

		public static FieldProblem of(String field, Reason reason, Object... args) {
			return new FieldProblem(field, reason.english(args), reason.code(),
					Arrays.stream(args).map(String::valueOf).toList());
		}

		/** "field: message", the way reports list problems in English. */
		public String english() {
			return field + ": " + message;
		}
	}
}

package org.clearlot.platform.web;

import java.util.List;

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

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(field + ": " + message, List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** One offending field and what is wrong with it. */
	public record FieldProblem(String field, String message) {
	}
}

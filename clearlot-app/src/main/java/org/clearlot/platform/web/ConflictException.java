package org.clearlot.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request is valid but clashes with the current state (a taken name, a car in the wrong status). */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	private final transient InvalidInputException.FieldProblem problem;

	public ConflictException(String detail) {
		super(detail);
		this.problem = null;
	}

	/** A conflict about one field, which the UI can show in the reader's language. */
	public ConflictException(InvalidInputException.FieldProblem problem) {
		super(problem.message());
		this.problem = problem;
	}

	/** The field problem, when the conflict is about one field. */
	public java.util.Optional<InvalidInputException.FieldProblem> problem() {
		return java.util.Optional.ofNullable(problem);
	}
}

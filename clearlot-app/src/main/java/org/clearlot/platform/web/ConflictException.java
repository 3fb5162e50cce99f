package org.clearlot.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request is valid but clashes with the current state (a taken name, a car in the wrong status). */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	public ConflictException(String detail) {
		super(detail);
	}
}

package org.clearlot.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Explains in one sentence why a JSON request body could not be read, naming the field where possible. */
final class UnreadableBody {

	private UnreadableBody() {
	}

	static String describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof InvalidFormatException invalid) {
			return "Field '" + invalid.getPathReference() + "' has an invalid value '" + invalid.getValue() + "'"
					+ allowedValues(invalid.getTargetType());
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return "Field '" + mismatch.getPathReference() + "' has the wrong type";
		}
		if (cause instanceof JacksonException) {
			return "The request body is not valid JSON";
		}
		return "The request body is missing or unreadable";
	}

	private static String allowedValues(Class<?> type) {
		if (type == null || !type.isEnum()) {
			return "";
		}
		StringBuilder values = new StringBuilder();
		for (Object constant : type.getEnumConstants()) {
			values.append(values.isEmpty() ? "" : ", ").append(((Enum<?>) constant).name());
		}
		return "; allowed: " + values;
	}
}

package org.clearlot.platform.web;

import java.util.List;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Explains in one sentence why a JSON request body could not be read, naming the field where possible. */
final class UnreadableBody {

	private UnreadableBody() {
	}

	static String describe(HttpMessageNotReadableException ex) {
		JacksonException jackson = jacksonCause(ex);
		if (jackson == null) {
			return "The request body is missing or unreadable";
		}
		String field = path(jackson.getPath());
		if (jackson instanceof InvalidFormatException invalid && !field.isEmpty()) {
			return "Field '" + field + "' has an invalid value '" + invalid.getValue() + "'" + allowedValues(invalid.getTargetType());
		}
		if (jackson instanceof InputCoercionException) {
			return "A number in the request body is out of range" + (field.isEmpty() ? "" : " (field '" + field + "')");
		}
		if (!field.isEmpty()) {
			return "Field '" + field + "' has the wrong type or an unreadable value";
		}
		if (jackson instanceof MismatchedInputException) {
			return "The request body has the wrong shape: a JSON object is expected";
		}
		return "The request body is not valid JSON";
	}

	private static JacksonException jacksonCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/** A path such as {@code findings[2].degree}. */
	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
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

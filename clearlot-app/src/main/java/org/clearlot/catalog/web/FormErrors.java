package org.clearlot.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.ProblemMessages;

/** Groups field problems by form field for display beside the inputs. */
final class FormErrors {

	private FormErrors() {
	}

	/** Each form field's problems, in the reader's language. */
	static Map<String, String> byField(List<FieldProblem> problems, ProblemMessages messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			errors.merge(formField(problem.field()), messages.message(problem), (a, b) -> a + "; " + b);
		}
		return errors;
	}

	private static String formField(String field) {
		return switch (field) {
			case "priceFen" -> "priceYuan";
			case "battery" -> "batteryCapacityAh";
			case "battery.nominalCapacityAh" -> "batteryCapacityAh";
			case "battery.nominalVoltageV" -> "batteryVoltageV";
			case "battery.chemistry" -> "batteryChemistry";
			case "battery.packCode" -> "batteryPackCode";
			default -> field;
		};
	}
}

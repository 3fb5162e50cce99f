package org.clearlot.transfer.eligibility;

import java.util.List;

import org.clearlot.transfer.rule.TransferRule;

/**
 * A reason or a step of an answer: a code (its wording is the message {@code transfer.finding.<code>}), the values
 * the wording names, and the rule version it rests on (null for a step no rule prescribes).
 */
public record Finding(String code, List<Object> args, TransferRule rule) {

	public Finding {
		args = List.copyOf(args);
	}

	static Finding of(String code, TransferRule rule, Object... args) {
		return new Finding(code, List.of(args), rule);
	}
}

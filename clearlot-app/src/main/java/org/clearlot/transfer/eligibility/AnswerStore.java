package org.clearlot.transfer.eligibility;

import java.sql.Timestamp;
import java.util.UUID;

import org.clearlot.transfer.rule.TransferRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Keeps every answer with the ids of the rule versions it used. */
@Repository
class AnswerStore {

	private final JdbcTemplate jdbc;

	AnswerStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps an answer and returns its id: a new row, or, when the same question was answered the same way from the
	 * same rule versions before, that row's id (counted once more).
	 */
	UUID keep(TransferAnswer answer) {
		UUID[] ruleIds = answer.assessment().rulesUsed().stream().map(TransferRule::id).toArray(UUID[]::new);
		return jdbc.execute((java.sql.Connection connection) -> {
			try (var statement = connection.prepareStatement("INSERT INTO transfer.answers "
					+ "(id, vin, to_city, on_date, outcome, rule_ids, answered_at, last_answered_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT answers_once DO UPDATE "
					+ "SET times = transfer.answers.times + 1, last_answered_at = EXCLUDED.last_answered_at "
					+ "RETURNING id")) {
				statement.setObject(1, answer.id());
				statement.setString(2, answer.vin());
				statement.setString(3, answer.destination().id());
				statement.setObject(4, answer.date());
				statement.setString(5, answer.assessment().outcome().name());
				statement.setArray(6, connection.createArrayOf("uuid", ruleIds));
				statement.setTimestamp(7, Timestamp.from(answer.answeredAt()));
				statement.setTimestamp(8, Timestamp.from(answer.answeredAt()));
				try (var result = statement.executeQuery()) {
					result.next();
					return result.getObject(1, UUID.class);
				}
			}
		});
	}
}

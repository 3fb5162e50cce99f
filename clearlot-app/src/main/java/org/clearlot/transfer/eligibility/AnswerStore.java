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

	void insert(TransferAnswer answer) {
		UUID[] ruleIds = answer.assessment().rulesUsed().stream().map(TransferRule::id).toArray(UUID[]::new);
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("INSERT INTO transfer.answers "
					+ "(id, vin, to_city, on_date, outcome, rule_ids, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
			statement.setObject(1, answer.id());
			statement.setString(2, answer.vin());
			statement.setString(3, answer.destination().id());
			statement.setObject(4, answer.date());
			statement.setString(5, answer.assessment().outcome().name());
			statement.setArray(6, connection.createArrayOf("uuid", ruleIds));
			statement.setTimestamp(7, Timestamp.from(answer.answeredAt()));
			return statement;
		});
	}
}

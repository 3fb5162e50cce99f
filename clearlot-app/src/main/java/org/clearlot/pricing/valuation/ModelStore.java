package org.clearlot.pricing.valuation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clearlot.platform.db.Jdbc;
import org.clearlot.pricing.model.ModelSnapshot;
import org.clearlot.pricing.model.ModelSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Trained models ({@code pricing.models}): every version's summary, and the fitted weights of the newest few. */
@Repository
class ModelStore {

	private static final String SUMMARY = "version, trained_at, listing_rows, sale_rows, held_out_rows, "
			+ "median_ape_percent, p90_ape_percent, low_log_residual, high_log_residual, training_millis";
	private static final TypeReference<Map<String, Map<Integer, Integer>>> COUNTS = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, Integer>> GROUPS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;
	private final ObjectMapper json;
	private final TransactionTemplate transactions;

	ModelStore(JdbcTemplate jdbc, ObjectMapper json, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.json = json;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The version the next trained model gets (instances training at once may collide; one then fails to store). */
	long nextVersion() {
		return jdbc.queryForObject("SELECT coalesce(max(version), 0) + 1 FROM pricing.models", Long.class);
	}

	/** Stores a model, then drops the weights of all but the newest {@code kept} (their summaries stay). */
	void save(ModelSnapshot model, int kept) {
		ModelSummary s = model.summary();
		transactions.executeWithoutResult(status -> {
			jdbc.update("INSERT INTO pricing.models (" + SUMMARY + ", mean_log_price, registration_lag, comparables, "
					+ "training_groups, tribuo_model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.version(),
					Jdbc.ts(s.trainedAt()), s.listingRows(), s.saleRows(), s.heldOutRows(), finite(s.medianApePercent()),
					finite(s.p90ApePercent()), s.lowLogResidual(), s.highLogResidual(), s.trainingMillis(),
					model.meanLogPrice(), model.registrationLagYears(), json.writeValueAsString(model.comparables()),
					json.writeValueAsString(model.rowsByGroup()), model.tribuoModel());
			for (int fold = 0; fold < model.foldModels().size(); fold++) {
				jdbc.update("INSERT INTO pricing.model_folds (version, fold, mean_log_price, tribuo_model) "
						+ "VALUES (?, ?, ?, ?)", s.version(), fold, model.foldMeanLogPrices().get(fold),
						model.foldModels().get(fold));
			}
			long oldest = s.version() - Math.max(1, kept);
			jdbc.update("DELETE FROM pricing.model_folds WHERE version <= ?", oldest);
			jdbc.update("UPDATE pricing.models SET tribuo_model = NULL WHERE version <= ? AND tribuo_model IS NOT NULL",
					oldest);
		});
	}

	/** The newest model whose weights are kept. */
	Optional<ModelSnapshot> latest() {
		return jdbc.query("SELECT " + SUMMARY + ", mean_log_price, registration_lag, comparables, training_groups, "
				+ "tribuo_model FROM pricing.models WHERE tribuo_model IS NOT NULL ORDER BY version DESC LIMIT 1",
				(row, n) -> {
					long version = row.getLong("version");
					List<byte[]> folds = new ArrayList<>();
					List<Double> means = new ArrayList<>();
					jdbc.query("SELECT mean_log_price, tribuo_model FROM pricing.model_folds WHERE version = ? ORDER BY fold",
							(fold, i) -> {
								folds.add(fold.getBytes("tribuo_model"));
								means.add(fold.getDouble("mean_log_price"));
								return null;
							}, version);
					return new ModelSnapshot(summary(row), row.getBytes("tribuo_model"), row.getDouble("mean_log_price"),
							folds, means, row.getDouble("registration_lag"),
							json.readValue(row.getString("comparables"), COUNTS),
							json.readValue(row.getString("training_groups"), GROUPS));
				})
			.stream().findFirst();
	}

	/** The newest models' summaries, newest first. */
	List<ModelSummary> history(int limit) {
		return jdbc.query("SELECT " + SUMMARY + " FROM pricing.models ORDER BY version DESC LIMIT ?",
				(row, n) -> summary(row), limit);
	}

	private static ModelSummary summary(ResultSet row) throws SQLException {
		return new ModelSummary(row.getLong("version"), Jdbc.instant(row, "trained_at"), row.getInt("listing_rows"),
				row.getInt("sale_rows"), row.getInt("held_out_rows"), nullable(row, "median_ape_percent"),
				nullable(row, "p90_ape_percent"), row.getDouble("low_log_residual"), row.getDouble("high_log_residual"),
				row.getLong("training_millis"));
	}

	private static double nullable(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? Double.NaN : value;
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}
}

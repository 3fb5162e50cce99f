package org.clearlot.pricing.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.clearlot.pricing.model.ModelSummary;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retraining runs beside the requests: while a new model cannot be stored yet (the test holds a lock on the model
 * table that lets reads through but no insert), valuations are answered by the model in service; once stored, the
 * new version serves.
 */
@ClearlotIntegrationTest
class RetrainingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ModelTraining training;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRetrainedModelReplacesTheOneInServiceWithoutHoldingUpRequests() throws Exception {
		Api api = new Api(port);
		Valuations.awaitModel(api);
		long before = version(api);
		CompletableFuture<ModelSummary> retraining;
		try (Connection lock = dataSource.getConnection(); Statement statement = lock.createStatement()) {
			lock.setAutoCommit(false);
			statement.execute("LOCK TABLE pricing.models IN SHARE MODE");
			retraining = training.retrainInBackground();
			for (int i = 0; i < 30; i++) {
				long started = System.nanoTime();
				assertThat(version(api)).as("answered by the model in service").isEqualTo(before);
				assertThat((System.nanoTime() - started) / 1_000_000).as("not waiting for the training").isLessThan(2_000);
			}
			assertThat(retraining).as("the retraining is held at storing its model").isNotDone();
			assertThat(training.retrainInBackground()).as("one retraining at a time").isSameAs(retraining);
			lock.rollback();
		}
		ModelSummary trained = retraining.get(60, TimeUnit.SECONDS);
		assertThat(trained.version()).isGreaterThan(before);
		assertThat(version(api)).isEqualTo(trained.version());
		assertThat(jdbc.queryForObject("SELECT listing_rows FROM pricing.models WHERE version = ?", Integer.class,
				trained.version())).isEqualTo(trained.listingRows()).isPositive();
		assertThat(jdbc.queryForObject("SELECT median_ape_percent FROM pricing.models WHERE version = ?", Double.class,
				trained.version())).isPositive();
	}

	private static long version(Api api) {
		Response response = api.post("/api/v1/valuations", Valuations.lavida(), null);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json().get("modelVersion").asLong();
	}
}

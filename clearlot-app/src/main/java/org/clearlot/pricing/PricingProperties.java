package org.clearlot.pricing;

import java.time.Duration;

import org.clearlot.pricing.model.TrainingSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Valuation settings; the method is explained on the public page {@code /pricing/method}.
 *
 * @param retrainCron when the model is retrained (Spring cron, server time zone); "-" turns scheduled retraining off
 * @param trainAtStartup whether a start without any stored model trains one in the background once the
 *     application is ready (until then valuations answer 503 with Retry-After)
 * @param retryAfter what a 503 tells clients to wait before asking again
 * @param alpha the elastic net's penalty
 * @param l1Ratio the L1 share of the penalty
 * @param tolerance when coordinate descent stops
 * @param minTrainingRows no model is trained on fewer priced cars
 * @param maxTrainingRows the most recently published listings taken (completed sales come on top)
 * @param comparableYears model years either side that count as comparable
 * @param minComparables fewer comparables than this and a listing gets no deal rating
 * @param keptModels how many of the newest models keep their fitted weights in the database (all keep their summary)
 * @param rating the deal rating's bands
 */
@ConfigurationProperties("clearlot.pricing")
public record PricingProperties(@DefaultValue("0 30 3 * * *") String retrainCron,
		@DefaultValue("true") boolean trainAtStartup, @DefaultValue("10s") Duration retryAfter,
		@DefaultValue("1e-5") double alpha, @DefaultValue("0.01") double l1Ratio, @DefaultValue("1e-3") double tolerance,
		@DefaultValue("50") int minTrainingRows, @DefaultValue("200000") int maxTrainingRows,
		@DefaultValue("2") int comparableYears, @DefaultValue("3") int minComparables,
		@DefaultValue("5") int keptModels, @DefaultValue DealBands rating) {

	public TrainingSettings training() {
		return new TrainingSettings(alpha, l1Ratio, tolerance, minTrainingRows, comparableYears);
	}

	/**
	 * How far the asking price may lie from the estimate, in percent, for each rating: at most
	 * {@code greatBelow} is GREAT, at most {@code goodBelow} GOOD, up to {@code fairUpTo} FAIR, up to
	 * {@code highUpTo} HIGH, beyond that OVERPRICED.
	 */
	public record DealBands(@DefaultValue("-10") double greatBelow, @DefaultValue("-4") double goodBelow,
			@DefaultValue("4") double fairUpTo, @DefaultValue("10") double highUpTo) {
	}
}

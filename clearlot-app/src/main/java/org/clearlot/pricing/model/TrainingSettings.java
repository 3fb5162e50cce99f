package org.clearlot.pricing.model;

/**
 * How a model is trained.
 *
 * @param alpha the elastic net's overall penalty
 * @param l1Ratio the share of the penalty that is L1 (lasso); the rest is L2 (ridge)
 * @param tolerance when coordinate descent stops: the largest weight update relative to the largest weight
 * @param minTrainingRows fewer priced cars than this and no model is trained
 * @param comparableYears model years either side that still count as comparable
 */
public record TrainingSettings(double alpha, double l1Ratio, double tolerance, int minTrainingRows, int comparableYears) {
}

package org.clearlot.pricing.model;

/**
 * A valuation: the estimated asking price with the range most comparable cars are offered within (held-out
 * residuals' 10th to 90th percentile), and how many training cars of the same make and model within a few model
 * years back it.
 */
public record Estimate(long estimateFen, long lowFen, long highFen, int comparables) {
}

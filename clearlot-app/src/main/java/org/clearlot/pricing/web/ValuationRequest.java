package org.clearlot.pricing.web;

/**
 * The body of {@code POST /api/v1/valuations}: the car to value. {@code trim}, {@code fire},
 * {@code firstRegistrationDate} (YYYY-MM-DD) and {@code sohPercent} are optional; grade is the GB/T 30323 grade
 * 1–5, null for a car never inspected.
 */
record ValuationRequest(String make, String model, String trim, Integer year, Integer mileageKm, String city,
		String powertrain, Integer grade, Boolean accident, Boolean flood, Boolean fire, Double sohPercent,
		String firstRegistrationDate) {
}

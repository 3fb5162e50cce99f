package org.clearlot.transfer.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.clearlot.platform.geo.City;

/** An answer as given and kept: which car, which city and day, and the assessment. */
public record TransferAnswer(UUID id, String vin, City destination, LocalDate date, Assessment assessment,
		Instant answeredAt) {
}

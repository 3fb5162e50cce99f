package org.clearlot.transfer.eligibility;

import java.time.LocalDate;
import java.util.Optional;

import org.clearlot.catalog.RegistrationFacts;
import org.clearlot.inspection.TradabilityVerdict;
import org.clearlot.platform.geo.City;

/**
 * A question to answer: this car, registered in that city in the destination city on that date.
 *
 * @param tradability the latest inspection's tradability checks; empty when the car was never inspected
 * @param dealerStock whether a dealer holds the car for resale (then it travels on a temporary plate)
 */
public record TransferCase(RegistrationFacts car, City destination, LocalDate date,
		Optional<TradabilityVerdict> tradability, boolean dealerStock) {

	/** Whether the car would change city, which is when inbound (relocation) rules apply. */
	public boolean relocation() {
		return !destination.id().equals(car.registrationCity());
	}
}

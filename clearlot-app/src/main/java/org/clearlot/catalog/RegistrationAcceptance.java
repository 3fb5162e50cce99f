package org.clearlot.catalog;

import java.util.Optional;
import java.util.Set;

/**
 * What the catalog's search asks of whoever knows the transfer rules (the transfer module provides it): which
 * emission standards a city accepts today for cars registered elsewhere, so that buyers can search for cars they
 * can register at home.
 */
public interface RegistrationAcceptance {

	/** The standards accepted from other cities today; empty when no rules answer for that city. */
	Optional<Set<EmissionStandard>> acceptedFromElsewhere(String cityId);
}

package org.clearlot.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inspection settings.
 *
 * @param odometerToleranceKm how much lower than an earlier reading a reading may be before it is flagged
 * @param maxKmPerDay the most kilometres per day between two readings that is plausible
 */
@ConfigurationProperties("clearlot.inspection")
public record InspectionProperties(@DefaultValue("100") int odometerToleranceKm, @DefaultValue("1500") int maxKmPerDay) {
}

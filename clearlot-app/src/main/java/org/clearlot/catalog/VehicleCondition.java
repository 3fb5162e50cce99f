package org.clearlot.catalog;

import java.util.UUID;

/** A car's latest inspection verdict: the report it comes from, its GB/T 30323 grade and the three red flags. */
public record VehicleCondition(UUID reportId, int grade, boolean accident, boolean flood, boolean fire) {
}

package org.clearlot.telemetry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telemetry storage and ingestion settings.
 *
 * @param retention how long readings are kept (whole monthly partitions are dropped after it)
 * @param maxReadingsPerRequest the most readings one {@code POST /api/v1/telemetry} may carry
 * @param futureTolerance how far in the future a collection time may be (terminal clocks drift)
 * @param lateAfter a reading that arrives more than this after its collection time is a late arrival, which
 *     consumers that already went past it must go back for
 */
@ConfigurationProperties("clearlot.telemetry")
public record TelemetryProperties(@DefaultValue("730d") Duration retention,
		@DefaultValue("10000") int maxReadingsPerRequest, @DefaultValue("5m") Duration futureTolerance,
		@DefaultValue("1m") Duration lateAfter) {
}

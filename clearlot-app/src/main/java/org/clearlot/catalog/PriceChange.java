package org.clearlot.catalog;

import java.time.Instant;

/** A price a listing was offered at from {@code changedAt} on: its first price or a change of it. */
public record PriceChange(long priceFen, Instant changedAt) {
}

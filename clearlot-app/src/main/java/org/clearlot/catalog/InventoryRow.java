package org.clearlot.catalog;

/**
 * One car to bring into a dealer's inventory: its vehicle facts and listing terms, and whether to publish it
 * straight away. {@code rowNumber} names it in the import report.
 */
public record InventoryRow(int rowNumber, NewVehicle vehicle, NewListing listing, boolean publish) {
}

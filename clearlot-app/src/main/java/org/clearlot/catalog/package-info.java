/**
 * Catalog: vehicles (identified by VIN), dealers' listings of them, faceted full-text search, bulk CSV import and
 * the illustrations shown in place of photos. Other modules use {@link org.clearlot.catalog.CatalogApi} and the
 * listing events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = { "platform", "identity" })
package org.clearlot.catalog;

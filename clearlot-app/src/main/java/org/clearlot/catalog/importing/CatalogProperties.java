package org.clearlot.catalog.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings.
 *
 * @param importMaxRows the most rows one CSV import may have
 */
@ConfigurationProperties("clearlot.catalog")
public record CatalogProperties(@DefaultValue("5000") int importMaxRows) {
}

/** The implementation of {@link org.clearlot.catalog.CatalogApi}. */
package org.clearlot.catalog.facade;

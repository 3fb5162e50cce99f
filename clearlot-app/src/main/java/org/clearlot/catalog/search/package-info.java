/** Faceted full-text search over active listings with Hibernate Search (Lucene backend by default). */
package org.clearlot.catalog.search;

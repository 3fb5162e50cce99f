/** Bulk inventory import: CSV parsing, per-row validation, chunked atomic import and persisted job reports. */
package org.clearlot.catalog.importing;

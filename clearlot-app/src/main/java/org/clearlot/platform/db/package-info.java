/** The embedded PostgreSQL server used when no external database URL is configured. */
package org.clearlot.platform.db;

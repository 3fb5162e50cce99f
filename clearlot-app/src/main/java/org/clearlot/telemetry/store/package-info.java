/** Durable storage of readings: batched idempotent inserts, monthly partitions, and the reads consumers need. */
package org.clearlot.telemetry.store;

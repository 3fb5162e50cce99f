/** The telemetry HTTP API: ingestion for machine accounts and the latest reading of a vehicle. */
package org.clearlot.telemetry.web;

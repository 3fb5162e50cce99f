/** Sends readings to Clearlot's HTTP telemetry API in JSON batches with a bearer token (java.net.http). */
package org.clearlot.simulator.http;

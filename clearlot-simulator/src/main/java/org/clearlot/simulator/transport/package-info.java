/** What every telemetry transport shares: pacing simulated time against the wall clock, and delivery counts. */
package org.clearlot.simulator.transport;

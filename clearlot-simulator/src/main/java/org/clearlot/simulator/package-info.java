/**
 * Simulated EV fleets whose true battery capacity fade is known, producing GB/T 32960-style telemetry readings
 * lazily per vehicle: start with {@link org.clearlot.simulator.Fleet}.
 */
package org.clearlot.simulator;

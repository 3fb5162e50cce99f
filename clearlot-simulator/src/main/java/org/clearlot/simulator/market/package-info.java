/** Reads the electric cars on sale in a running Clearlot marketplace, to simulate telemetry for their real VINs. */
package org.clearlot.simulator.market;

/** The command-line program: simulate a fleet, stream it over HTTP or GB/T 32960, print the true battery health. */
package org.clearlot.simulator.cli;

/** Stateless physics of the simulated vehicles: open-circuit voltage, climate, drivetrain power and battery ageing stress. */
package org.clearlot.simulator.physics;

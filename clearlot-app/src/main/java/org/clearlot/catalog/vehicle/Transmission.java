package org.clearlot.catalog.vehicle;

/** Gearbox types. */
public enum Transmission {
	MANUAL, AUTOMATIC, DCT, CVT, SINGLE_SPEED, E_CVT
}

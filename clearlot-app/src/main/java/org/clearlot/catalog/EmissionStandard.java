package org.clearlot.catalog;

/**
 * China's national vehicle emission standards (国三 … 国六b). Battery-electric cars have no tailpipe and carry
 * {@link #ZERO_EMISSION}. China V and better may be registered in any city since 2022-08-01.
 */
public enum EmissionStandard {
	CN3, CN4, CN5, CN6, CN6B, ZERO_EMISSION
}

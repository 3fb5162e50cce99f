package org.clearlot.simulator;

import org.clearlot.simulator.physics.OcvCurve;

/** Cell chemistry of a traction battery. */
public enum Chemistry {
	/** Lithium iron phosphate: 3.2 V nominal, a flat OCV plateau, slow fade. */
	LFP(3.2, OcvCurve.LFP),
	/** Nickel manganese cobalt (ternary): about 3.65 V nominal, a sloped OCV curve. */
	NMC(3.65, OcvCurve.NMC);

	private final double cellNominalV;
	private final OcvCurve ocv;

	Chemistry(double cellNominalV, OcvCurve ocv) {
		this.cellNominalV = cellNominalV;
		this.ocv = ocv;
	}

	/** Nominal voltage of one cell (series element). */
	public double cellNominalV() {
		return cellNominalV;
	}

	/** Open-circuit voltage curve of one cell. */
	public OcvCurve ocv() {
		return ocv;
	}

	/** GB/T 34014 chemistry letter in a battery code: B for LFP, E for ternary. */
	char packCodeLetter() {
		return this == LFP ? 'B' : 'E';
	}
}

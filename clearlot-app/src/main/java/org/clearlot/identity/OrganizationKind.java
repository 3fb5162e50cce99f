package org.clearlot.identity;

/** The kinds of organization users can belong to. */
public enum OrganizationKind {
	/** A used-car circulation business. */
	DEALER,
	/** A car brand's certified pre-owned programme. */
	CPO_PROGRAMME,
	/** An independent appraisal agency employing inspectors. */
	INSPECTION_AGENCY,
	/** The platform operator itself. */
	PLATFORM,
	/** A battery recycler or second-life (cascade use) operator. */
	RECYCLER;

	public boolean sellsCars() {
		return this == DEALER || this == CPO_PROGRAMME;
	}
}

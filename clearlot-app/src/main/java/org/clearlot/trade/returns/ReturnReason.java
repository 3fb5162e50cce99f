package org.clearlot.trade.returns;

/** Why a car is returned, which decides the rules that apply. */
public enum ReturnReason {
	/** The 7-day no-reason return: within the window and the distance limit, under the published fee formula. */
	NO_REASON,
	/** An accident, flood or fire that the report shown at the sale did not disclose: no time limit, no fee. */
	UNDISCLOSED_CONDITION,
	/** An admin allowed the return when deciding a dispute. */
	ADMIN_DECISION
}

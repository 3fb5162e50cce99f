package org.clearlot.payment.sandbox;

import java.util.UUID;

/** A payment as the sandbox provider keeps it. */
record SandboxIntent(String id, String merchantReference, UUID payerId, long amountFen, String description,
		String returnPath, Status status) {

	/** The provider-side states, as a real provider names them. */
	enum Status {
		REQUIRES_PAYMENT, AUTHORIZED, CAPTURED, DECLINED, CANCELLED
	}
}

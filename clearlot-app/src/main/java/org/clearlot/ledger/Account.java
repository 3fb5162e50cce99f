package org.clearlot.ledger;

import java.util.Objects;
import java.util.UUID;

/** A ledger account: its type and, for a dealer payable, the organization it belongs to. */
public record Account(AccountType type, UUID ownerId) {

	public Account {
		Objects.requireNonNull(type, "type");
		if (type.perOrganization() != (ownerId != null)) {
			throw new IllegalArgumentException(type + (type.perOrganization() ? " needs" : " has no") + " owner");
		}
	}

	public static Account pspClearing() {
		return new Account(AccountType.PSP_CLEARING, null);
	}

	public static Account escrow() {
		return new Account(AccountType.ESCROW, null);
	}

	public static Account refundsPayable() {
		return new Account(AccountType.REFUNDS_PAYABLE, null);
	}

	public static Account platformFees() {
		return new Account(AccountType.PLATFORM_FEES, null);
	}

	public static Account dealerPayable(UUID organizationId) {
		return new Account(AccountType.DEALER_PAYABLE, organizationId);
	}

	/** A readable name: the type, with the owner for per-organization accounts. */
	public String name() {
		return ownerId == null ? type.name() : type.name() + ":" + ownerId;
	}
}

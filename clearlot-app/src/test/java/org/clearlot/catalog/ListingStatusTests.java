package org.clearlot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearlot.catalog.ListingStatus.ACTIVE;
import static org.clearlot.catalog.ListingStatus.DRAFT;
import static org.clearlot.catalog.ListingStatus.RESERVED;
import static org.clearlot.catalog.ListingStatus.SOLD;
import static org.clearlot.catalog.ListingStatus.WITHDRAWN;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingStatusTests {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({
			"DRAFT, ACTIVE, true", "DRAFT, WITHDRAWN, true", "DRAFT, SOLD, false", "DRAFT, RESERVED, false",
			"ACTIVE, RESERVED, true", "ACTIVE, WITHDRAWN, true", "ACTIVE, SOLD, false", "ACTIVE, DRAFT, false",
			"RESERVED, ACTIVE, true", "RESERVED, SOLD, true", "RESERVED, WITHDRAWN, false",
			"SOLD, ACTIVE, true", "SOLD, WITHDRAWN, false", "WITHDRAWN, ACTIVE, true", "WITHDRAWN, SOLD, false" })
	void followsTheTransitionTable(ListingStatus from, ListingStatus to, boolean allowed) {
		assertThat(from.canBecome(to)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "DRAFT, true", "ACTIVE, true", "RESERVED, true", "SOLD, false", "WITHDRAWN, false" })
	void openListingsBlockAnotherListingOfTheSameCar(ListingStatus status, boolean open) {
		assertThat(status.isOpen()).isEqualTo(open);
		assertThat(RESERVED.isEditable()).isFalse();
		assertThat(SOLD.isEditable()).isFalse();
		assertThat(DRAFT.isEditable() && ACTIVE.isEditable() && WITHDRAWN.isEditable()).isTrue();
	}
}

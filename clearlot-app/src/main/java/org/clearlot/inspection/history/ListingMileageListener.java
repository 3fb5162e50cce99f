package org.clearlot.inspection.history;

import org.clearlot.catalog.ListingPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A dealer's mileage declaration on publishing a listing is a reading for the car's history. */
@Component
class ListingMileageListener {

	private final MileageRecorder recorder;

	ListingMileageListener(MileageRecorder recorder) {
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(ListingPublished published) {
		recorder.record(published.vin(), MileageSource.LISTING,
				"listing-" + published.listingId() + "@" + published.publishedAt().toEpochMilli(), published.mileageKm(),
				published.publishedAt());
	}
}

package org.clearlot.inspection.history;

import org.clearlot.trade.VehicleHandedOver;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The odometer the buyer recorded when taking the car over is a reading for its history. */
@Component
class HandoverMileageListener {

	private final MileageRecorder recorder;

	HandoverMileageListener(MileageRecorder recorder) {
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(VehicleHandedOver handover) {
		recorder.record(handover.vin(), MileageSource.HANDOVER, "order-" + handover.orderId(), handover.odometerKm(),
				handover.at());
	}
}

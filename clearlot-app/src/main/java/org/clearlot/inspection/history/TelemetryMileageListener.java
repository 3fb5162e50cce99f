package org.clearlot.inspection.history;

import org.clearlot.telemetry.TelemetryOdometerRead;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The odometer a car reported itself, once a day, is a reading for its history. */
@Component
class TelemetryMileageListener {

	private final MileageRecorder recorder;

	TelemetryMileageListener(MileageRecorder recorder) {
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(TelemetryOdometerRead read) {
		for (TelemetryOdometerRead.Day day : read.days()) {
			recorder.record(read.vin(), MileageSource.TELEMETRY, "telemetry-" + read.vin() + "@" + day.at().toEpochMilli(),
					(int) Math.round(day.odometerKm()), day.at());
		}
	}
}

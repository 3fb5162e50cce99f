package org.clearlot.inspection.history;

import java.util.List;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.VehicleSummary;
import org.clearlot.inspection.InspectionProperties;
import org.clearlot.inspection.history.OdometerCheck.Flag;
import org.clearlot.inspection.history.OdometerCheck.Reading;
import org.clearlot.inspection.report.InspectionReport;
import org.clearlot.inspection.report.InspectionReports;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a car's history from its inspection reports and mileage readings. */
@Service
@Transactional(readOnly = true)
public class VehicleHistoryService {

	private final CatalogApi catalog;
	private final InspectionReports reports;
	private final MileageReadingRepository readings;
	private final OdometerCheck odometerCheck;

	VehicleHistoryService(CatalogApi catalog, InspectionReports reports, MileageReadingRepository readings,
			InspectionProperties properties) {
		this.catalog = catalog;
		this.reports = reports;
		this.readings = readings;
		this.odometerCheck = new OdometerCheck(properties.odometerToleranceKm(), properties.maxKmPerDay());
	}

	public VehicleHistory history(String vinText) {
		VehicleSummary vehicle = catalog.findVehicle(vinText)
				.orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vinText));
		List<InspectionReport> current = reports.current(vehicle.vin());
		List<Reading> mileage = readings.findByVinOrderByReadAtAscIdAsc(vehicle.vin()).stream()
				.map(r -> new Reading(r.source().name(), r.readAt(), r.km()))
				.toList();
		List<Flag> flags = odometerCheck.check(mileage);
		Integer latestGrade = current.isEmpty() ? null : current.get(current.size() - 1).grade();
		return new VehicleHistory(vehicle.vin(), current.stream().anyMatch(InspectionReport::accident),
				current.stream().anyMatch(InspectionReport::flood), current.stream().anyMatch(InspectionReport::fire),
				latestGrade, current.size(), mileage, new VehicleHistory.Odometer(flags.isEmpty(), flags));
	}
}

package org.clearlot.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.catalog.NewListing;
import org.clearlot.catalog.NewVehicle;
import org.clearlot.catalog.listing.Listing;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;

/**
 * The dealer's listing form as typed: every field is kept as text so that a bad value can be shown back with its
 * error. The price is entered in yuan.
 */
public class ListingForm {

	private String vin;
	private String make;
	private String model;
	private String trim;
	private String year;
	private String bodyType;
	private String colour;
	private String powertrain;
	private String emissionStandard;
	private String firstRegistrationDate;
	private String registrationCity;
	private String transmission;
	private String seats;
	private String batteryCapacityAh;
	private String batteryVoltageV;
	private String batteryChemistry;
	private String batteryPackCode;
	private String priceYuan;
	private String mileageKm;
	private String city;
	private String description;
	private boolean publish;

	static ListingForm of(Listing listing) {
		ListingForm form = new ListingForm();
		form.vin = listing.vehicle().vin();
		form.priceYuan = BigDecimal.valueOf(listing.priceFen(), 2).stripTrailingZeros().toPlainString();
		form.mileageKm = String.valueOf(listing.mileageKm());
		form.city = listing.city();
		form.description = listing.description();
		return form;
	}

	/** Converts the typed text; unreadable numbers and dates are added to {@code problems}. */
	NewVehicle toVehicle(List<FieldProblem> problems) {
		NewVehicle.Battery battery = null;
		if (notBlank(batteryCapacityAh) || notBlank(batteryVoltageV) || notBlank(batteryChemistry)) {
			battery = new NewVehicle.Battery(decimal("batteryCapacityAh", batteryCapacityAh, problems),
					decimal("batteryVoltageV", batteryVoltageV, problems), blankToNull(batteryChemistry),
					blankToNull(batteryPackCode));
		}
		return new NewVehicle(vin, make, model, trim, integer("year", year, problems), blankToNull(bodyType),
				blankToNull(colour), blankToNull(powertrain), blankToNull(emissionStandard),
				date("firstRegistrationDate", firstRegistrationDate, problems), registrationCity,
				blankToNull(transmission), null, integer("seats", seats, problems), null, battery);
	}

	NewListing toListing(List<FieldProblem> problems) {
		return new NewListing(vin, priceFen(problems), integer("mileageKm", mileageKm, problems), city, description);
	}

	Long priceFen(List<FieldProblem> problems) {
		BigDecimal yuan = decimal("priceYuan", priceYuan, problems);
		if (yuan == null) {
			return null;
		}
		try {
			return yuan.movePointRight(2).longValueExact();
		}
		catch (ArithmeticException fraction) {
			problems.add(FieldProblem.of("priceYuan", Reason.TWO_DECIMALS, priceYuan));
			return null;
		}
	}

	Integer mileage(List<FieldProblem> problems) {
		return integer("mileageKm", mileageKm, problems);
	}

	private static Integer integer(String field, String text, List<FieldProblem> problems) {
		if (!notBlank(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip().replace(",", ""));
		}
		catch (NumberFormatException bad) {
			problems.add(FieldProblem.of(field, Reason.NOT_WHOLE_NUMBER, text));
			return null;
		}
	}

	private static BigDecimal decimal(String field, String text, List<FieldProblem> problems) {
		if (!notBlank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException bad) {
			problems.add(FieldProblem.of(field, Reason.NOT_NUMBER, text));
			return null;
		}
	}

	private static LocalDate date(String field, String text, List<FieldProblem> problems) {
		if (!notBlank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException bad) {
			problems.add(FieldProblem.of(field, Reason.NOT_DATE, text));
			return null;
		}
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

	private static String blankToNull(String text) {
		return notBlank(text) ? text : null;
	}

	static List<FieldProblem> newProblems() {
		return new ArrayList<>();
	}

	// Accessors for form binding.

	public String getVin() { return vin; }
	public void setVin(String vin) { this.vin = vin; }
	public String getMake() { return make; }
	public void setMake(String make) { this.make = make; }
	public String getModel() { return model; }
	public void setModel(String model) { this.model = model; }
	public String getTrim() { return trim; }
	public void setTrim(String trim) { this.trim = trim; }
	public String getYear() { return year; }
	public void setYear(String year) { this.year = year; }
	public String getBodyType() { return bodyType; }
	public void setBodyType(String bodyType) { this.bodyType = bodyType; }
	public String getColour() { return colour; }
	public void setColour(String colour) { this.colour = colour; }
	public String getPowertrain() { return powertrain; }
	public void setPowertrain(String powertrain) { this.powertrain = powertrain; }
	public String getEmissionStandard() { return emissionStandard; }
	public void setEmissionStandard(String emissionStandard) { this.emissionStandard = emissionStandard; }
	public String getFirstRegistrationDate() { return firstRegistrationDate; }
	public void setFirstRegistrationDate(String date) { this.firstRegistrationDate = date; }
	public String getRegistrationCity() { return registrationCity; }
	public void setRegistrationCity(String registrationCity) { this.registrationCity = registrationCity; }
	public String getTransmission() { return transmission; }
	public void setTransmission(String transmission) { this.transmission = transmission; }
	public String getSeats() { return seats; }
	public void setSeats(String seats) { this.seats = seats; }
	public String getBatteryCapacityAh() { return batteryCapacityAh; }
	public void setBatteryCapacityAh(String value) { this.batteryCapacityAh = value; }
	public String getBatteryVoltageV() { return batteryVoltageV; }
	public void setBatteryVoltageV(String value) { this.batteryVoltageV = value; }
	public String getBatteryChemistry() { return batteryChemistry; }
	public void setBatteryChemistry(String value) { this.batteryChemistry = value; }
	public String getBatteryPackCode() { return batteryPackCode; }
	public void setBatteryPackCode(String value) { this.batteryPackCode = value; }
	public String getPriceYuan() { return priceYuan; }
	public void setPriceYuan(String priceYuan) { this.priceYuan = priceYuan; }
	public String getMileageKm() { return mileageKm; }
	public void setMileageKm(String mileageKm) { this.mileageKm = mileageKm; }
	public String getCity() { return city; }
	public void setCity(String city) { this.city = city; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public boolean isPublish() { return publish; }
	public void setPublish(boolean publish) { this.publish = publish; }
}

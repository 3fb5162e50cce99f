package org.clearlot.trade.order;

import java.util.ArrayList;
import java.util.List;

import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.geo.City;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;
import org.clearlot.trade.TradeProperties;
import org.springframework.stereotype.Component;

/**
 * Validates a delivery choice and quotes it. Pickup is free; home delivery is within the listing's city for a flat
 * fee; remote delivery goes to another city for a base fee plus a rate per road kilometre (the great-circle distance
 * between the city centres × {@value #ROAD_FACTOR}), and takes a day to load plus a day per
 * {@code remote-km-per-day} kilometres.
 */
@Component
public class DeliveryPlanner {

	static final double ROAD_FACTOR = 1.3;
	private static final int MAX_ADDRESS = 300;

	private final TradeProperties properties;

	DeliveryPlanner(TradeProperties properties) {
		this.properties = properties;
	}

	public DeliveryQuote quote(String method, String city, String address, String listingCity) {
		List<FieldProblem> problems = new ArrayList<>();
		DeliveryMethod chosen = parse(method, problems);
		String text = address == null ? null : address.strip();
		if (text != null && text.length() > MAX_ADDRESS) {
			problems.add(FieldProblem.of("delivery.address", Reason.TOO_LONG, MAX_ADDRESS));
		}
		if (chosen == null || !problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		City from = Cities.find(listingCity).orElseThrow();
		return switch (chosen) {
			case PICKUP -> new DeliveryQuote(chosen, from.id(), null, 0, null, 0);
			case HOME_DELIVERY -> home(from, city, text);
			case REMOTE -> remote(from, city, text);
		};
	}

	private DeliveryQuote home(City from, String city, String address) {
		List<FieldProblem> problems = new ArrayList<>();
		requireAddress(address, problems);
		if (city != null && !city.isBlank()) {
			Cities.find(city).filter(found -> !found.id().equals(from.id())).ifPresent(other -> problems
				.add(FieldProblem.of("delivery.city", Reason.HOME_DELIVERY_OTHER_CITY, other.id(), from.id())));
			if (Cities.find(city).isEmpty()) {
				problems.add(FieldProblem.of("delivery.city", Reason.UNKNOWN_CITY, city));
			}
		}
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		return new DeliveryQuote(DeliveryMethod.HOME_DELIVERY, from.id(), address, properties.homeDeliveryFeeFen(),
				null, 1);
	}

	private DeliveryQuote remote(City from, String city, String address) {
		List<FieldProblem> problems = new ArrayList<>();
		requireAddress(address, problems);
		City to = null;
		if (city == null || city.isBlank()) {
			problems.add(FieldProblem.of("delivery.city", Reason.REQUIRED));
		}
		else {
			to = Cities.find(city).orElse(null);
			if (to == null) {
				problems.add(FieldProblem.of("delivery.city", Reason.UNKNOWN_CITY, city));
			}
			else if (to.id().equals(from.id())) {
				problems.add(FieldProblem.of("delivery.city", Reason.REMOTE_SAME_CITY, from.id()));
			}
		}
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		int km = (int) Math.round(from.distanceKm(to) * ROAD_FACTOR);
		long fee = properties.remoteBaseFeeFen() + km * properties.remotePerKmFen();
		int days = 1 + (int) Math.ceil(km / (double) Math.max(1, properties.remoteKmPerDay()));
		return new DeliveryQuote(DeliveryMethod.REMOTE, to.id(), address, fee, km, days);
	}

	private static void requireAddress(String address, List<FieldProblem> problems) {
		if (address == null || address.isBlank()) {
			problems.add(FieldProblem.of("delivery.address", Reason.REQUIRED));
		}
	}

	private static DeliveryMethod parse(String method, List<FieldProblem> problems) {
		if (method == null || method.isBlank()) {
			problems.add(FieldProblem.of("delivery.method", Reason.REQUIRED_ONE_OF, "PICKUP, HOME_DELIVERY, REMOTE"));
			return null;
		}
		try {
			return DeliveryMethod.valueOf(method.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(FieldProblem.of("delivery.method", Reason.NOT_ONE_OF, method, "PICKUP, HOME_DELIVERY, REMOTE"));
			return null;
		}
	}
}

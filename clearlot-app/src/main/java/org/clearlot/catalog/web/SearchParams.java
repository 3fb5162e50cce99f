package org.clearlot.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.Powertrain;
import org.clearlot.catalog.search.ListingQuery;
import org.clearlot.catalog.search.ListingSearch;
import org.clearlot.catalog.search.SortOrder;
import org.clearlot.catalog.vehicle.MakeNames;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;
import org.springframework.util.MultiValueMap;

/**
 * Reads search parameters from a query string into a {@link ListingQuery}, shared by the API and the search page
 * so that a page URL and an API URL mean the same search. Repeating a facet parameter means "any of these".
 */
final class SearchParams {

	static final int DEFAULT_SIZE = 20;
	static final int MAX_SIZE = 100;

	private final MultiValueMap<String, String> params;
	private final List<FieldProblem> problems = new ArrayList<>();

	private SearchParams(MultiValueMap<String, String> params) {
		this.params = params;
	}

	static ListingQuery parse(MultiValueMap<String, String> params) {
		return new SearchParams(params).toQuery();
	}

	private ListingQuery toQuery() {
		String text = single("q");
		if (text != null && text.length() > 200) {
			problems.add(FieldProblem.of("q", Reason.TOO_LONG, 200));
		}
		List<String> makes = values("make", MakeNames::canonicalMake);
		List<String> models = values("model", MakeNames::canonicalModel);
		List<String> powertrains = enums("powertrain", Powertrain.class);
		List<String> cities = values("city", this::city);
		List<String> emissions = enums("emissionStandard", EmissionStandard.class);
		List<String> bodies = enums("bodyType", BodyType.class);
		Integer yearMin = integer("yearMin", 1980, 2100);
		Integer yearMax = integer("yearMax", 1980, 2100);
		Long priceMin = longValue("priceMinFen");
		Long priceMax = longValue("priceMaxFen");
		Integer mileageMin = integer("mileageMinKm", 0, Integer.MAX_VALUE);
		Integer mileageMax = integer("mileageMaxKm", 0, Integer.MAX_VALUE);
		SortOrder sort = SortOrder.parse(single("sort")).orElse(null);
		if (sort == null) {
			problems.add(FieldProblem.of("sort", Reason.SORT_UNKNOWN));
		}
		List<String> grades = values("grade", this::grade);
		boolean noAccident = flag("noAccident");
		boolean noFlood = flag("noFlood");
		boolean noFire = flag("noFire");
		Integer sohMin = integer("sohMin", 0, 100);
		String registerIn = single("registerIn") == null ? null : city("registerIn", single("registerIn"));
		Integer page = integer("page", 0, Integer.MAX_VALUE);
		Integer size = integer("size", 1, MAX_SIZE);
		int pageValue = page == null ? 0 : page;
		int sizeValue = size == null ? DEFAULT_SIZE : size;
		if ((long) (pageValue + 1) * sizeValue > ListingSearch.MAX_RESULT_WINDOW) {
			problems.add(FieldProblem.of("page", Reason.RESULT_WINDOW, ListingSearch.MAX_RESULT_WINDOW));
		}
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		return new ListingQuery(text, makes, models, powertrains, cities, emissions, bodies, yearMin, yearMax, priceMin,
				priceMax, mileageMin, mileageMax, sort, pageValue, sizeValue, grades, noAccident, noFlood, noFire,
				sohMin, registerIn, List.of());
	}

	private String grade(String value) {
		String stripped = value.strip();
		if (!stripped.matches("[1-5]")) {
			problems.add(FieldProblem.of("grade", Reason.RANGE, 1, 5));
		}
		return stripped;
	}

	private boolean flag(String name) {
		String value = single(name);
		if (value == null) {
			return false;
		}
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			problems.add(FieldProblem.of(name, Reason.NOT_ONE_OF, value, "true, false"));
		}
		return value.equalsIgnoreCase("true");
	}

	private String city(String value) {
		return city("city", value);
	}

	private String city(String field, String value) {
		return Cities.find(value).map(c -> c.id()).orElseGet(() -> {
			problems.add(FieldProblem.of(field, Reason.UNKNOWN_CITY, value));
			return value;
		});
	}

	private String single(String name) {
		String value = params.getFirst(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private List<String> values(String name, Function<String, String> canonical) {
		List<String> raw = params.getOrDefault(name, List.of());
		return raw.stream().filter(v -> v != null && !v.isBlank()).map(canonical).distinct().toList();
	}

	private <E extends Enum<E>> List<String> enums(String name, Class<E> type) {
		return values(name, value -> {
			try {
				return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)).name();
			}
			catch (IllegalArgumentException unknown) {
				problems.add(FieldProblem.of(name, Reason.NOT_VALID, value));
				return value;
			}
		});
	}

	private Integer integer(String name, int min, int max) {
		String value = single(name);
		if (value == null) {
			return null;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed < min || parsed > max) {
				problems.add(FieldProblem.of(name, Reason.RANGE, min, max));
				return null;
			}
			return parsed;
		}
		catch (NumberFormatException notANumber) {
			problems.add(FieldProblem.of(name, Reason.NOT_WHOLE_NUMBER, value));
			return null;
		}
	}

	private Long longValue(String name) {
		String value = single(name);
		if (value == null) {
			return null;
		}
		try {
			long parsed = Long.parseLong(value);
			if (parsed < 0) {
				problems.add(FieldProblem.of(name, Reason.NEGATIVE));
				return null;
			}
			return parsed;
		}
		catch (NumberFormatException notANumber) {
			problems.add(FieldProblem.of(name, Reason.NOT_WHOLE_NUMBER, value));
			return null;
		}
	}
}

package org.clearlot.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clearlot.catalog.search.FacetValue;
import org.clearlot.catalog.search.ListingQuery;
import org.clearlot.catalog.search.SearchResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns a search result into what the search page shows: facet options as links that toggle a filter (so every
 * state of the page is a shareable URL), the active filters with links that remove them, and page links.
 */
final class SearchPageModel {

	private final MultiValueMap<String, String> params;
	private final ListingQuery query;
	private final CatalogLabels labels;

	SearchPageModel(MultiValueMap<String, String> params, ListingQuery query, CatalogLabels labels) {
		this.params = new LinkedMultiValueMap<>(params);
		this.params.remove("page");
		this.params.remove("lang");
		this.query = query;
		this.labels = labels;
	}

	/** A facet as shown: its name and options. */
	record FacetView(String name, List<Option> options) {
	}

	/** One option of a facet, or one active filter: label, count, whether chosen, and the link that toggles it. */
	record Option(String label, long count, boolean selected, String href) {
	}

	List<FacetView> facets(SearchResult result) {
		List<FacetView> views = new ArrayList<>();
		result.facets().forEach((name, values) -> {
			List<Option> options = new ArrayList<>();
			for (FacetValue value : values) {
				if (value.count() > 0 || isSelected(name, value)) {
					options.add(new Option(label(name, value), value.count(), isSelected(name, value), toggle(name, value)));
				}
			}
			views.add(new FacetView(name, options));
		});
		return views;
	}

	/** The filters in force, each with a link that removes it. */
	List<Option> activeFilters() {
		List<Option> active = new ArrayList<>();
		for (String condition : org.clearlot.catalog.search.Facet.CONDITIONS) {
			if ("true".equals(params.getFirst(conditionParam(condition)))) {
				active.add(new Option(labels.of("condition", condition), 0, true, without(conditionParam(condition))));
			}
		}
		for (String name : List.of("make", "model", "powertrain", "city", "emissionStandard", "bodyType", "grade")) {
			for (String value : params.getOrDefault(name, List.of())) {
				if (value != null && !value.isBlank()) {
					active.add(new Option(label(name, FacetValue.term(value, 0)), 0, true, without(name, value)));
				}
			}
		}
		if (query.yearMin() != null || query.yearMax() != null) {
			String label = Objects.equals(query.yearMin(), query.yearMax()) ? String.valueOf(query.yearMin())
					: (query.yearMin() == null ? "" : query.yearMin()) + "–" + (query.yearMax() == null ? "" : query.yearMax());
			active.add(new Option(label, 0, true, without("yearMin", "yearMax")));
		}
		if (query.priceMinFen() != null || query.priceMaxFen() != null) {
			active.add(new Option(labels.priceRange(query.priceMinFen(), plusOne(query.priceMaxFen())), 0, true,
					without("priceMinFen", "priceMaxFen")));
		}
		if (query.mileageMinKm() != null || query.mileageMaxKm() != null) {
			active.add(new Option(labels.mileageRange(toLong(query.mileageMinKm()), plusOne(toLong(query.mileageMaxKm()))),
					0, true, without("mileageMinKm", "mileageMaxKm")));
		}
		if (query.sohMin() != null) {
			active.add(new Option(labels.sohAtLeast(query.sohMin()), 0, true, without("sohMin")));
		}
		if (query.registerIn() != null) {
			active.add(new Option(labels.registrableIn(query.registerIn()), 0, true, without("registerIn")));
		}
		if (query.text() != null) {
			active.add(new Option("“" + query.text() + "”", 0, true, without("q")));
		}
		return active;
	}

	/** The current parameters but one, as hidden fields for a form that sets that one. */
	List<Map.Entry<String, String>> keptWithout(String name) {
		List<Map.Entry<String, String>> kept = new ArrayList<>();
		params.forEach((key, values) -> {
			if (!key.equals(name) && !key.equals("page")) {
				values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> kept.add(Map.entry(key, v)));
			}
		});
		return kept;
	}

	String pageHref(int page) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
		copy.set("page", String.valueOf(page));
		return href(copy);
	}

	String sortHref(String sort) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
		copy.set("sort", sort);
		return href(copy);
	}

	private String label(String facet, FacetValue value) {
		return switch (facet) {
			case "make" -> labels.make(value.value());
			case "model" -> labels.model(value.value());
			case "city" -> labels.city(value.value());
			case "powertrain", "emissionStandard", "bodyType" -> labels.of(facet, value.value());
			case "price" -> labels.priceRange(value.min(), value.max());
			case "mileage" -> labels.mileageRange(value.min(), value.max());
			case "grade", "condition" -> labels.of(facet, value.value());
			case "battery" -> labels.sohAtLeast(Integer.parseInt(value.value()));
			default -> value.value();
		};
	}

	private boolean isSelected(String facet, FacetValue value) {
		return switch (facet) {
			case "year" -> query.yearMin() != null && query.yearMin().toString().equals(value.value())
					&& Objects.equals(query.yearMin(), query.yearMax());
			case "price" -> Objects.equals(query.priceMinFen(), value.min())
					&& Objects.equals(query.priceMaxFen(), minusOne(value.max()));
			case "mileage" -> Objects.equals(toLong(query.mileageMinKm()), value.min())
					&& Objects.equals(toLong(query.mileageMaxKm()), minusOne(value.max()));
			case "condition" -> conditionParam(value.value()) != null && "true".equals(params.getFirst(conditionParam(value.value())));
			case "battery" -> query.sohMin() != null && query.sohMin().toString().equals(value.value());
			default -> chosen(facet).contains(value.value());
		};
	}

	/** The query parameter a condition facet value sets. */
	private static String conditionParam(String value) {
		return switch (value) {
			case "ACCIDENT_FREE" -> "noAccident";
			case "FLOOD_FREE" -> "noFlood";
			case "FIRE_FREE" -> "noFire";
			default -> null;
		};
	}

	/** The normalized values chosen for a term facet. */
	private List<String> chosen(String facet) {
		return switch (facet) {
			case "make" -> query.makes();
			case "model" -> query.models();
			case "powertrain" -> query.powertrains();
			case "city" -> query.cities();
			case "emissionStandard" -> query.emissionStandards();
			case "bodyType" -> query.bodyTypes();
			case "grade" -> query.grades();
			default -> List.of();
		};
	}

	private String toggle(String facet, FacetValue value) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
		boolean selected = isSelected(facet, value);
		switch (facet) {
			case "year" -> setRange(copy, "yearMin", "yearMax", selected ? null : Long.valueOf(value.value()),
					selected ? null : Long.valueOf(value.value()));
			case "price" -> setRange(copy, "priceMinFen", "priceMaxFen", selected ? null : value.min(),
					selected ? null : minusOne(value.max()));
			case "mileage" -> setRange(copy, "mileageMinKm", "mileageMaxKm", selected ? null : value.min(),
					selected ? null : minusOne(value.max()));
			case "condition" -> {
				copy.remove(conditionParam(value.value()));
				if (!selected) {
					copy.set(conditionParam(value.value()), "true");
				}
			}
			case "battery" -> {
				copy.remove("sohMin");
				if (!selected) {
					copy.set("sohMin", value.value());
				}
			}
			default -> {
				List<String> values = new ArrayList<>(chosen(facet));
				if (selected) {
					values.remove(value.value());
				}
				else {
					values.add(value.value());
				}
				copy.put(facet, values);
				if ("make".equals(facet) && selected) {
					copy.remove("model");
				}
			}
		}
		return href(copy);
	}

	private String without(String... names) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
		for (String name : names) {
			copy.remove(name);
		}
		return href(copy);
	}

	private String without(String name, String value) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
		List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
		values.remove(value);
		copy.put(name, values);
		if ("make".equals(name)) {
			copy.remove("model");
		}
		return href(copy);
	}

	private static void setRange(MultiValueMap<String, String> params, String minName, String maxName, Long min, Long max) {
		params.remove(minName);
		params.remove(maxName);
		if (min != null && min > 0) {
			params.set(minName, min.toString());
		}
		if (max != null) {
			params.set(maxName, max.toString());
		}
	}

	private static String href(MultiValueMap<String, String> params) {
		MultiValueMap<String, String> clean = new LinkedMultiValueMap<>();
		params.forEach((key, values) -> values.stream().filter(v -> v != null && !v.isBlank())
				.forEach(v -> clean.add(key, v)));
		return UriComponentsBuilder.fromPath("/").queryParams(clean).encode().build().toUriString();
	}

	private static Long minusOne(Long value) {
		return value == null ? null : value - 1;
	}

	private static Long plusOne(Long value) {
		return value == null ? null : value + 1;
	}

	private static Long toLong(Integer value) {
		return value == null ? null : value.longValue();
	}
}

package org.clearlot.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clearlot.catalog.search.ListingCard;
import org.clearlot.catalog.search.ListingQuery;
import org.clearlot.catalog.search.ListingSearch;
import org.clearlot.catalog.search.SearchResult;
import org.clearlot.identity.OrganizationInfo;
import org.clearlot.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The buyer's search page: the landing page of the site. */
@Controller
class SearchPageController {

	private final ListingSearch search;
	private final DealerNames dealers;
	private final CatalogLabels labels;

	SearchPageController(ListingSearch search, DealerNames dealers, CatalogLabels labels) {
		this.search = search;
		this.dealers = dealers;
		this.labels = labels;
	}

	@GetMapping({ "/", "/listings" })
	String search(@RequestParam MultiValueMap<String, String> params, Model model) {
		ListingQuery query;
		try {
			query = SearchParams.parse(params);
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("searchProblems", invalid.fieldProblems());
			params = new LinkedMultiValueMap<>();
			query = SearchParams.parse(params);
		}
		SearchResult result = search.search(query);
		SearchPageModel page = new SearchPageModel(params, query, labels);
		Map<UUID, OrganizationInfo> organizations = dealers.all(
				result.items().stream().map(ListingCard::organizationId).distinct().toList());
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("dealers", organizations);
		model.addAttribute("facets", page.facets(result));
		model.addAttribute("activeFilters", page.activeFilters());
		model.addAttribute("registerCities", org.clearlot.platform.geo.Cities.all());
		model.addAttribute("keptForRegisterIn", page.keptWithout("registerIn"));
		model.addAttribute("pages", pageLinks(page, result));
		String currentSort = query.sort().apiName();
		model.addAttribute("sorts", List.of("relevance", "newest", "price_asc", "price_desc", "mileage_asc").stream()
				.map(sort -> new SortLink(sort, page.sortHref(sort), currentSort.equals(sort))).toList());
		return "catalog/search";
	}

	private static List<PageLink> pageLinks(SearchPageModel page, SearchResult result) {
		int last = Math.min(result.totalPages(), ListingSearch.MAX_RESULT_WINDOW / result.size()) - 1;
		int from = Math.max(0, result.page() - 3);
		int to = Math.min(last, result.page() + 3);
		java.util.ArrayList<PageLink> links = new java.util.ArrayList<>();
		for (int p = from; p <= to; p++) {
			links.add(new PageLink(p + 1, page.pageHref(p), p == result.page()));
		}
		return links;
	}

	/** A link to a page of results, numbered from 1. */
	record PageLink(int number, String href, boolean current) {
	}

	/** A link to another ordering. */
	record SortLink(String value, String href, boolean current) {
	}
}

package org.clearlot.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.clearlot.catalog.NewListing;
import org.clearlot.catalog.listing.Listing;
import org.clearlot.catalog.listing.ListingPatch;
import org.clearlot.catalog.listing.ListingService;
import org.clearlot.catalog.search.FacetValue;
import org.clearlot.catalog.search.ListingCard;
import org.clearlot.catalog.search.ListingSearch;
import org.clearlot.catalog.search.SearchResult;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.OrganizationInfo;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Listings: public search and reads; dealers create, revise, publish and withdraw their organization's listings. */
@RestController
@RequestMapping("/api/v1/listings")
class ListingApiController {

	private final ListingService listings;
	private final ListingSearch search;
	private final DealerNames dealers;

	ListingApiController(ListingService listings, ListingSearch search, DealerNames dealers) {
		this.listings = listings;
		this.search = search;
		this.dealers = dealers;
	}

	@GetMapping
	SearchResponse search(@RequestParam MultiValueMap<String, String> params) {
		SearchResult result = search.search(SearchParams.parse(params));
		Map<UUID, OrganizationInfo> organizations = dealers.all(
				result.items().stream().map(ListingCard::organizationId).distinct().toList());
		List<SearchItem> items = result.items().stream()
				.map(card -> SearchItem.of(card, organizations.get(card.organizationId())))
				.toList();
		return new SearchResponse(items, result.total(), result.page(), result.size(), result.facets());
	}

	@GetMapping("/{id}")
	ListingResponse get(@PathVariable long id) {
		Listing listing = listings.requireVisible(id, CurrentUser.get());
		return response(listing);
	}

	@PostMapping
	ResponseEntity<ListingResponse> create(@RequestBody NewListing request) {
		Listing listing = listings.create(CurrentUser.require(), request);
		return ResponseEntity.created(URI.create("/api/v1/listings/" + listing.id())).body(response(listing));
	}

	@PatchMapping("/{id}")
	ListingResponse revise(@PathVariable long id, @RequestBody ListingPatch patch) {
		return response(listings.revise(CurrentUser.require(), id, patch));
	}

	@PostMapping("/{id}/publish")
	ListingResponse publish(@PathVariable long id) {
		return response(listings.publish(CurrentUser.require(), id));
	}

	@PostMapping("/{id}/withdraw")
	ListingResponse withdraw(@PathVariable long id) {
		return response(listings.withdraw(CurrentUser.require(), id));
	}

	private ListingResponse response(Listing listing) {
		return ListingResponse.of(listing, dealers.of(listing.organizationId(), Locale.ENGLISH));
	}

	/** One page of search results with facet counts. */
	record SearchResponse(List<SearchItem> items, long total, int page, int size, Map<String, List<FacetValue>> facets) {
	}

	/** A search hit. */
	record SearchItem(long id, String vin, String make, String model, String trim, int year, long mileageKm,
			long priceFen, String city, String powertrain, String bodyType, String colour, String emissionStandard,
			String status, UUID organizationId, String dealerName, java.time.Instant publishedAt, String imageUrl,
			Integer grade, Boolean accident, Boolean flood, Boolean fire, Double sohPercent) {

		static SearchItem of(ListingCard card, OrganizationInfo dealer) {
			return new SearchItem(card.id(), card.vin(), card.make(), card.model(), card.trim(), card.year(),
					card.mileageKm(), card.priceFen(), card.city(), card.powertrain().name(), card.bodyType().name(),
					card.colour().name(), card.emissionStandard().name(), card.status().name(), card.organizationId(),
					dealer == null ? null : dealer.nameEn(), card.publishedAt(),
					Illustrations.url(card.bodyType(), card.colour()), card.grade(), card.accident(), card.flood(), card.fire(),
					card.sohPercent() == null ? null : Double.valueOf(Float.toString(card.sohPercent())));
		}
	}
}

package org.clearlot.catalog.search;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.clearlot.catalog.RegistrationAcceptance;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs buyers' searches. One query fetches the page of hits, read from the index, together with the counts of
 * every facet the query does not filter on; each facet the query does filter on gets one count-only query without
 * its own filter, so its counts show what choosing another value would give. The unfiltered landing page is cached
 * until the next listing change commits.
 */
@Service
@Transactional(readOnly = true)
public class ListingSearch {

	/** Deeper pages are not served: nobody pages through ten thousand cars, and deep paging is costly. */
	public static final int MAX_RESULT_WINDOW = 10_000;

	private final EntityManager entityManager;
	private final FacetIndex facetIndex;
	private final AtomicReference<CachedLanding> landing = new AtomicReference<>();

	private final RegistrationAcceptance registration;

	ListingSearch(EntityManager entityManager, FacetIndex facetIndex, RegistrationAcceptance registration) {
		this.entityManager = entityManager;
		this.facetIndex = facetIndex;
		this.registration = registration;
	}

	public SearchResult search(ListingQuery query) {
		return searchResolved(withRegistration(query));
	}

	/** A query for cars registrable in a city, limited to the emission standards that city accepts today. */
	private ListingQuery withRegistration(ListingQuery query) {
		if (query.registerIn() == null) {
			return query;
		}
		List<String> accepted = registration.acceptedFromElsewhere(query.registerIn())
				.map(standards -> standards.stream().map(Enum::name).sorted().toList())
				.orElse(List.of());
		return accepted.isEmpty() ? query : query.withRegistrableStandards(accepted);
	}

	private SearchResult searchResolved(ListingQuery query) {
		if (query.isUnfiltered() && query.sort() == SortOrder.RELEVANCE) {
			CachedLanding cached = landing.get();
			if (cached != null && cached.page() == query.page() && cached.size() == query.size()) {
				return cached.result();
			}
			SearchResult result = execute(query);
			landing.set(new CachedLanding(query.page(), query.size(), result));
			return result;
		}
		return execute(query);
	}

	/** Forgets the cached landing page; called after a listing change commits. */
	void forgetLandingPage() {
		landing.set(null);
	}

	private SearchResult execute(ListingQuery query) {
		return query.text() == null ? executeWithFacetIndex(query) : executeInLucene(query);
	}

	/**
	 * Without text, the facet index gives the total, every facet's counts and the listings of the page in order;
	 * Lucene only supplies those listings' cards.
	 */
	private SearchResult executeWithFacetIndex(ListingQuery query) {
		FacetIndex.Page page = facetIndex.evaluate(query, offeredFacets(query), query.page() * query.size(), query.size());
		List<ListingCard> hits = cards(page.listingIds());
		return new SearchResult(hits, page.counts().total(), query.page(), query.size(), page.counts().facets());
	}

	/** The cards of these listings, read from the search index, in the given order. */
	private List<ListingCard> cards(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ListingCard> byId = new java.util.HashMap<>();
		Search.session(entityManager).search(org.clearlot.catalog.listing.Listing.class)
				.select(ListingCard.class)
				.where(f -> f.id().matchingAny(ids))
				.fetchHits(ids.size())
				.forEach(card -> byId.put(card.id(), card));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** With text, Lucene matches the words and counts the facets of the (usually few) matching listings. */
	private SearchResult executeInLucene(ListingQuery query) {
		SearchSession session = Search.session(entityManager);
		SearchScope<org.clearlot.catalog.listing.Listing> scope = session.scope(org.clearlot.catalog.listing.Listing.class);
		Set<Facet> offered = offeredFacets(query);
		Set<Facet> filtered = EnumSet.noneOf(Facet.class);
		for (Facet facet : offered) {
			if (SearchPredicates.filters(query, facet)) {
				filtered.add(facet);
			}
		}
		SearchQueryOptionsStep<?, ?, ListingCard, ?, ?, ?> main = session.search(scope)
				.select(ListingCard.class)
				.where(SearchPredicates.build(scope.predicate(), query, null))
				.sort(sort(scope.sort(), query));
		for (Facet facet : offered) {
			if (!filtered.contains(facet) && facet != Facet.CONDITION && facet != Facet.BATTERY) {
				main = main.aggregation(facet.key(), facet.aggregation(scope.aggregation()));
			}
		}
		var hits = main.fetch(query.page() * query.size(), query.size());
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (Facet facet : offered) {
			if (facet == Facet.CONDITION) {
				facets.put(facet.apiName(), conditionCounts(session, scope, query));
				continue;
			}
			if (facet == Facet.BATTERY) {
				facets.put(facet.apiName(), batteryCounts(session, scope, query));
				continue;
			}
			Map<Object, Long> counts = filtered.contains(facet)
					? countWithout(session, scope, query, facet)
					: hits.aggregation(facet.key());
			facets.put(facet.apiName(), withMarketValues(facet, facet.values(counts)));
		}
		return new SearchResult(hits.hits(), hits.total().hitCount(), query.page(), query.size(), facets);
	}

	private Map<Object, Long> countWithout(SearchSession session,
			SearchScope<org.clearlot.catalog.listing.Listing> scope, ListingQuery query, Facet facet) {
		AggregationKey<Map<Object, Long>> key = facet.key();
		return session.search(scope)
				.where(SearchPredicates.build(scope.predicate(), query, facet))
				.aggregation(key, facet.aggregation(scope.aggregation()))
				.fetch(0)
				.aggregation(key);
	}

	/** Accident-, flood- and fire-free counts among the text's matches (other filters applied, these three not). */
	private List<FacetValue> conditionCounts(SearchSession session, SearchScope<org.clearlot.catalog.listing.Listing> scope,
			ListingQuery query) {
		List<FacetValue> values = new java.util.ArrayList<>();
		for (String condition : Facet.CONDITIONS) {
			String field = switch (condition) {
				case "ACCIDENT_FREE" -> "vehicle.accident";
				case "FLOOD_FREE" -> "vehicle.flood";
				default -> "vehicle.fire";
			};
			var predicate = SearchPredicates.build(scope.predicate(), query, Facet.CONDITION);
			long count = session.search(scope)
					.where(f -> f.bool().filter(predicate).filter(f.match().field(field).matching(false)))
					.fetchTotalHitCount();
			values.add(FacetValue.term(condition, count));
		}
		return values;
	}

	/** Cars at or above each state-of-health threshold among the text's matches (other filters applied). */
	private List<FacetValue> batteryCounts(SearchSession session, SearchScope<org.clearlot.catalog.listing.Listing> scope,
			ListingQuery query) {
		List<FacetValue> values = new java.util.ArrayList<>();
		var predicate = SearchPredicates.build(scope.predicate(), query, Facet.BATTERY);
		for (int threshold : Facet.SOH_THRESHOLDS) {
			long count = session.search(scope)
					.where(f -> f.bool().filter(predicate)
							.filter(f.range().field(Facet.BATTERY.field()).atLeast((float) threshold)))
					.fetchTotalHitCount();
			values.add(FacetValue.term(Integer.toString(threshold), count));
		}
		return values;
	}

	/** Adds the values on the market that the text excluded, with zero, as the facet index does for other queries. */
	private List<FacetValue> withMarketValues(Facet facet, List<FacetValue> values) {
		if (!facet.listsZeros() || facet == Facet.PRICE || facet == Facet.MILEAGE) {
			return values;
		}
		java.util.Set<String> present = new java.util.HashSet<>();
		values.forEach(value -> present.add(value.value()));
		List<FacetValue> all = new java.util.ArrayList<>(values);
		facetIndex.activeValues(facet).stream().filter(value -> !present.contains(value))
				.forEach(value -> all.add(FacetValue.term(value, 0)));
		return facet.ordered(all);
	}

	/** Every facet, except models until at least one make is chosen. */
	private static Set<Facet> offeredFacets(ListingQuery query) {
		Set<Facet> facets = EnumSet.allOf(Facet.class);
		if (query.makes().isEmpty()) {
			facets.remove(Facet.MODEL);
		}
		return facets;
	}

	private static SearchSort sort(SearchSortFactory f, ListingQuery query) {
		return switch (query.sort()) {
			case PRICE_ASC -> f.field("priceFen").asc().then().field("publishedAt").desc().toSort();
			case PRICE_DESC -> f.field("priceFen").desc().then().field("publishedAt").desc().toSort();
			case MILEAGE_ASC -> f.field("mileageKm").asc().then().field("publishedAt").desc().toSort();
			case NEWEST -> f.field("publishedAt").desc().toSort();
			case RELEVANCE -> query.text() != null ? f.score().then().field("publishedAt").desc().toSort()
					: f.field("publishedAt").desc().toSort();
		};
	}

	private record CachedLanding(int page, int size, SearchResult result) {
	}
}

package org.clearlot.catalog.listing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.NewListing;
import org.clearlot.catalog.NewVehicle;
import org.clearlot.catalog.Vin;
import org.clearlot.catalog.search.ListingChanges;
import org.clearlot.catalog.vehicle.Vehicle;
import org.clearlot.catalog.vehicle.VehicleFacts;
import org.clearlot.catalog.vehicle.VehicleRepository;
import org.clearlot.catalog.vehicle.VehicleRules;
import org.clearlot.catalog.vehicle.VehicleService;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.Reason;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dealers' listing use cases. Every mutation checks that the acting user belongs to the listing's organization
 * (admins may withdraw any listing), and drafts are visible only to their organization and admins.
 */
@Service
@Transactional(readOnly = true)
public class ListingService {

	private final ListingRepository listings;
	private final ListingStatusChangeRepository history;
	private final ListingPriceChangeRepository prices;
	private final VehicleRepository vehicles;
	private final VehicleService vehicleService;
	private final ListingChanges changes;

	ListingService(ListingRepository listings, ListingStatusChangeRepository history,
			ListingPriceChangeRepository prices, VehicleRepository vehicles, VehicleService vehicleService,
			ListingChanges changes) {
		this.listings = listings;
		this.history = history;
		this.prices = prices;
		this.vehicles = vehicles;
		this.vehicleService = vehicleService;
		this.changes = changes;
	}

	@Transactional
	public Listing create(UserAccount dealer, NewListing input) {
		UUID organization = dealer.organization()
				.orElseThrow(() -> new ForbiddenException("Only a dealer organization's staff can list cars"));
		ListingTerms terms = ListingRules.validate(input.priceFen(), input.mileageKm(), input.city(), input.description());
		Vin.check(input.vin()).ifPresent(problem -> {
			throw InvalidInputException.of(List.of(problem));
		});
		Vehicle vehicle = vehicles.findByVin(Vin.of(input.vin()).value())
				.orElseThrow(() -> InvalidInputException.of("vin", Reason.VIN_NOT_REGISTERED));
		return create(vehicle, organization, terms, dealer.id());
	}

	/**
	 * Registers the vehicle unless its VIN is already registered as the same car, and lists it, in one transaction:
	 * the web form's path, where a dealer enters a car and its terms together.
	 */
	@Transactional
	public Listing createWithVehicle(UserAccount dealer, NewVehicle vehicleInput, NewListing input, boolean publish) {
		UUID organization = dealer.organization()
				.orElseThrow(() -> new ForbiddenException("Only a dealer organization's staff can list cars"));
		List<InvalidInputException.FieldProblem> problems = new java.util.ArrayList<>();
		VehicleFacts facts = null;
		ListingTerms terms = null;
		try {
			facts = VehicleRules.validate(vehicleInput);
		}
		catch (InvalidInputException invalid) {
			problems.addAll(invalid.fieldProblems());
		}
		try {
			terms = ListingRules.validate(input.priceFen(), input.mileageKm(), input.city(), input.description());
		}
		catch (InvalidInputException invalid) {
			problems.addAll(invalid.fieldProblems());
		}
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		Listing listing = create(vehicleService.registerOrReuse(facts, organization), organization, terms, dealer.id());
		return publish ? transition(listing, ListingStatus.ACTIVE, dealer) : listing;
	}

	/** Creates a draft for an already validated vehicle and terms; shared with bulk import. */
	@Transactional
	public Listing create(Vehicle vehicle, UUID organization, ListingTerms terms, UUID actor) {
		if (listings.hasOpenListing(vehicle.id())) {
			throw new ConflictException(FieldProblem.of("vin", Reason.OPEN_LISTING_EXISTS, vehicle.vin()));
		}
		Listing listing = listings.save(new Listing(vehicle, organization, terms));
		changes.changed(listing.id());
		history.save(new ListingStatusChange(listing.id(), null, ListingStatus.DRAFT, actor));
		prices.save(new ListingPriceChange(listing.id(), listing.priceFen(), actor, listing.createdAt()));
		return listing;
	}

	@Transactional
	public Listing revise(UserAccount dealer, long id, ListingPatch patch) {
		Listing listing = owned(dealer, id);
		ListingTerms terms = ListingRules.validate(
				patch.priceFen() != null ? patch.priceFen() : listing.priceFen(),
				patch.mileageKm() != null ? patch.mileageKm() : listing.mileageKm(),
				patch.city() != null ? patch.city() : listing.city(),
				patch.description() != null ? patch.description() : listing.description());
		long previousPrice = listing.priceFen();
		listing.revise(terms);
		changes.changed(listing.id());
		if (listing.priceFen() != previousPrice) {
			prices.save(new ListingPriceChange(listing.id(), listing.priceFen(), dealer.id(), listing.updatedAt()));
		}
		return listings.saveAndFlush(listing);
	}

	@Transactional
	public Listing publish(UserAccount dealer, long id) {
		Listing listing = owned(dealer, id);
		if (listing.status() != ListingStatus.DRAFT && listing.status() != ListingStatus.WITHDRAWN) {
			// RESERVED and SOLD listings go back on sale only through the trade (a released hold, a return)
			throw new ConflictException(FieldProblem.of("status", Reason.LISTING_TRANSITION, id, listing.status(),
					ListingStatus.ACTIVE));
		}
		return transition(listing, ListingStatus.ACTIVE, dealer);
	}

	@Transactional
	public Listing withdraw(UserAccount actor, long id) {
		Listing listing = actor.hasRole(Role.ADMIN) ? existing(id) : owned(actor, id);
		return transition(listing, ListingStatus.WITHDRAWN, actor);
	}

	/** Publishes a draft the caller has just created for its own organization (bulk import). */
	@Transactional
	public Listing activateImported(Listing listing, UUID actor) {
		return transition(listing, ListingStatus.ACTIVE, actor);
	}

	/**
	 * Moves a listing from {@code from} to {@code to} for the trade (hold for a reservation, release, sold,
	 * back on sale after a return), under a row lock so that concurrent moves are serialized: only the first of
	 * several buyers racing for the same car finds it ACTIVE. Returns false, changing nothing, when the listing is
	 * not in {@code from}.
	 */
	@Transactional
	public boolean move(long id, ListingStatus from, ListingStatus to, UUID actor) {
		Listing listing = listings.findForUpdate(id).orElseThrow(() -> new NotFoundException("No listing " + id));
		if (listing.status() != from) {
			return false;
		}
		transition(listing, to, actor);
		return true;
	}

	private Listing transition(Listing listing, ListingStatus target, UserAccount actor) {
		return transition(listing, target, actor.id());
	}

	private Listing transition(Listing listing, ListingStatus target, UUID actor) {
		ListingStatus previous = listing.transitionTo(target);
		changes.changed(listing.id());
		Listing saved = listings.save(listing);
		history.save(new ListingStatusChange(saved.id(), previous, target, actor));
		return saved;
	}

	/** A listing as the viewer may see it: drafts and withdrawn listings only for their organization and admins. */
	public Optional<Listing> findVisible(long id, Optional<UserAccount> viewer) {
		return listings.findWithVehicle(id).filter(listing -> isVisible(listing, viewer));
	}

	public Listing requireVisible(long id, Optional<UserAccount> viewer) {
		return findVisible(id, viewer).orElseThrow(() -> new NotFoundException("No listing " + id));
	}

	public static boolean isVisible(Listing listing, Optional<UserAccount> viewer) {
		ListingStatus status = listing.status();
		if (status == ListingStatus.ACTIVE || status == ListingStatus.RESERVED || status == ListingStatus.SOLD) {
			return true;
		}
		return viewer.map(user -> user.hasRole(Role.ADMIN) || user.belongsTo(listing.organizationId())).orElse(false);
	}

	public Page<Listing> inventory(UserAccount dealer, ListingStatus status, int page, int size) {
		UUID organization = dealer.organization().orElseThrow(() -> new ForbiddenException("Not a dealer"));
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		return status == null
				? listings.findByOrganizationIdOrderByUpdatedAtDesc(organization, request)
				: listings.findByOrganizationIdAndStatusOrderByUpdatedAtDesc(organization, status, request);
	}

	public List<ListingStatusChange> history(long listingId) {
		return history.findByListingIdOrderByChangedAtAscIdAsc(listingId);
	}

	/** Every price the listing was offered at, oldest first. */
	public List<org.clearlot.catalog.PriceChange> priceHistory(long listingId) {
		return prices.findByListingIdOrderByChangedAtAscIdAsc(listingId).stream().map(ListingPriceChange::view).toList();
	}

	/** The listing, for an editor who must belong to its organization. */
	public Listing owned(UserAccount editor, long id) {
		Listing listing = existing(id);
		if (!editor.belongsTo(listing.organizationId())) {
			throw new ForbiddenException("Listing " + id + " belongs to another organization");
		}
		return listing;
	}

	private Listing existing(long id) {
		return listings.findWithVehicle(id).orElseThrow(() -> new NotFoundException("No listing " + id));
	}
}

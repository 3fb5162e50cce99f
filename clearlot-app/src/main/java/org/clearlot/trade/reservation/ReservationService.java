package org.clearlot.trade.reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.ListingSummary;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.payment.NewPayment;
import org.clearlot.payment.PaymentApi;
import org.clearlot.payment.PaymentPurpose;
import org.clearlot.payment.PaymentView;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.RuleViolationException;
import org.clearlot.trade.TradeProperties;
import org.clearlot.trade.TradeStatusChanged;
import org.clearlot.trade.TradeStatusChanged.Subject;
import org.clearlot.trade.money.TradeMoney;
import org.clearlot.trade.timeline.Actor;
import org.clearlot.trade.timeline.Timeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserving a car. The listing is moved ACTIVE → RESERVED under its row lock and the reservation inserted under a
 * partial unique index (one hold per listing), in one transaction: of buyers racing for a car exactly one wins, and
 * the others get 409 before any payment exists, so no losing buyer is charged. The winner then pays the deposit at
 * the provider; only the provider's webhook marks it received.
 */
@Service
public class ReservationService {

	private final ReservationStore store;
	private final CatalogApi catalog;
	private final PaymentApi payments;
	private final TradeMoney money;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;
	private final TradeProperties properties;
	private final Clock clock;

	ReservationService(ReservationStore store, CatalogApi catalog, PaymentApi payments, TradeMoney money,
			Timeline timeline, ApplicationEventPublisher events, TradeProperties properties, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.payments = payments;
		this.money = money;
		this.timeline = timeline;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Reserves an ACTIVE listing for the buyer and requests the deposit; 409 when the listing is not on sale. */
	@Transactional
	public ReservationView reserve(UserAccount buyer, long listingId) {
		if (!buyer.hasRole(Role.BUYER)) {
			throw new ForbiddenException("Only buyers reserve cars");
		}
		ListingSummary listing = catalog.findListing(listingId)
			.filter(found -> found.status() != ListingStatus.DRAFT && found.status() != ListingStatus.WITHDRAWN
					|| buyer.hasRole(Role.ADMIN))
			.orElseThrow(() -> new NotFoundException("No listing " + listingId));
		if (listing.status() == ListingStatus.ACTIVE && store.lockAndCountHeld(buyer.id()) >= properties.maxHoldsPerBuyer()) {
			throw new RuleViolationException("TOO_MANY_HOLDS", "You already hold " + properties.maxHoldsPerBuyer()
					+ " cars; order or cancel one of those reservations first", properties.maxHoldsPerBuyer());
		}
		if (!catalog.moveListing(listingId, ListingStatus.ACTIVE, ListingStatus.RESERVED, buyer.id())) {
			throw new ConflictException("Listing " + listingId + " is not on sale (it is " + catalog.findListing(listingId)
				.map(ListingSummary::status).orElse(listing.status()) + ")");
		}
		Instant now = clock.instant();
		Reservation reservation = new Reservation(UUID.randomUUID(), listingId, listing.vin(), buyer.id(),
				listing.organizationId(), ReservationStatus.HELD, listing.priceFen(), properties.depositFen(), null,
				null, now, now.plus(properties.depositPaymentWindow()), now.plus(properties.holdWindow()), null);
		store.insert(reservation);
		PaymentView deposit = payments.request(new NewPayment(PaymentPurpose.DEPOSIT, reservation.reference(),
				buyer.id(), reservation.depositFen(), "Deposit for " + listing.year() + " " + listing.make() + " "
						+ listing.model() + " (" + listing.vin() + ")", "/my/reservations/" + reservation.id()));
		store.attachDepositPayment(reservation.id(), deposit.id());
		changed(reservation, null, ReservationStatus.HELD, Actor.of(buyer), null, now);
		return view(store.find(reservation.id()).orElseThrow());
	}

	/** The reservation, for its buyer, the selling organization's dealers and admins (404 for anyone else). */
	@Transactional(readOnly = true)
	public ReservationView visible(UserAccount viewer, UUID id) {
		return view(store.find(id).filter(r -> mayView(viewer, r))
			.orElseThrow(() -> new NotFoundException("No reservation " + id)));
	}

	public static boolean mayView(UserAccount viewer, Reservation reservation) {
		return viewer.hasRole(Role.ADMIN) || viewer.id().equals(reservation.buyerId())
				|| viewer.hasRole(Role.DEALER) && viewer.belongsTo(reservation.organizationId());
	}

	/** The buyer (or an admin) cancels a held reservation: the car goes back on sale and the deposit is refunded. */
	@Transactional
	public ReservationView cancel(UserAccount actor, UUID id) {
		Reservation reservation = store.lock(id).filter(r -> mayView(actor, r))
			.orElseThrow(() -> new NotFoundException("No reservation " + id));
		if (!actor.hasRole(Role.ADMIN) && !actor.id().equals(reservation.buyerId())) {
			throw new ForbiddenException("Only the buyer or an admin may cancel reservation " + id);
		}
		end(reservation, ReservationStatus.CANCELLED, Actor.of(actor), "cancelled by " + actor.role().name().toLowerCase());
		return view(store.find(id).orElseThrow());
	}

	/** Reservations whose deposit or hold deadline passed, to end with {@link #expire}. */
	public List<UUID> due(int limit) {
		return store.due(clock.instant(), limit);
	}

	/** Ends a reservation whose deadline passed; false (changing nothing) if it did not or it ended already. */
	@Transactional
	public boolean expire(UUID id) {
		Optional<Reservation> found = store.lock(id);
		if (found.isEmpty() || found.get().status() != ReservationStatus.HELD) {
			return false;
		}
		Reservation reservation = found.get();
		Instant now = clock.instant();
		boolean unpaid = !reservation.depositPaid() && !reservation.payBy().isAfter(now);
		if (!unpaid && reservation.expiresAt().isAfter(now)) {
			return false;
		}
		end(reservation, ReservationStatus.EXPIRED, Actor.SYSTEM,
				unpaid ? "deposit not received in time" : "hold window passed");
		return true;
	}

	private void end(Reservation reservation, ReservationStatus target, Actor actor, String note) {
		Instant now = clock.instant();
		if (!store.transition(reservation.id(), ReservationStatus.HELD, target, now)) {
			throw new ConflictException("Reservation " + reservation.id() + " is " + reservation.status()
					+ " and can no longer be " + target.name().toLowerCase());
		}
		catalog.moveListing(reservation.listingId(), ListingStatus.RESERVED, ListingStatus.ACTIVE, actor.id());
		money.refundAll(List.of(reservation.reference()), "reservation:" + reservation.id() + ":ended",
				"Deposit refunded: reservation " + target.name().toLowerCase());
		changed(reservation, ReservationStatus.HELD, target, actor, note, now);
	}

	/** The deposit arrived (webhook). If the reservation no longer holds the car, the deposit is refunded at once. */
	@Transactional
	public void depositCaptured(UUID reservationId, UUID paymentId, long amountFen, Instant at) {
		Reservation reservation = store.lock(reservationId).orElseThrow();
		if (store.markDepositPaid(reservationId, paymentId, at)) {
			timeline.record(reservationId, Subject.PAYMENT, paymentId, null, "DEPOSIT_RECEIVED", Actor.SYSTEM, null,
					amountFen, at);
			events.publishEvent(event(reservation, Subject.PAYMENT, paymentId, null, "DEPOSIT_RECEIVED", at));
			return;
		}
		money.refundAll(List.of(reservation.reference()), "reservation:" + reservationId + ":late-deposit",
				"Deposit refunded: it arrived after the reservation ended");
		timeline.record(reservationId, Subject.PAYMENT, paymentId, null, "DEPOSIT_REFUNDED", Actor.SYSTEM,
				"the deposit arrived after the reservation was " + reservation.status().name().toLowerCase(), amountFen,
				at);
	}

	/** The deposit payment failed (declined at checkout): the buyer may pay again until the deadline. */
	@Transactional
	public ReservationView retryDeposit(UserAccount buyer, UUID id) {
		Reservation reservation = store.lock(id).filter(r -> r.buyerId().equals(buyer.id()))
			.orElseThrow(() -> new NotFoundException("No reservation " + id));
		if (reservation.status() != ReservationStatus.HELD || reservation.depositPaid()) {
			throw new ConflictException("Reservation " + id + " needs no deposit payment now");
		}
		Optional<PaymentView> current = payments.find(reservation.depositPaymentId());
		if (current.isPresent() && current.get().status().isOpen()) {
			return view(reservation);
		}
		PaymentView deposit = payments.request(new NewPayment(PaymentPurpose.DEPOSIT, reservation.reference(),
				buyer.id(), reservation.depositFen(), "Deposit for " + reservation.vin(),
				"/my/reservations/" + reservation.id()));
		store.attachDepositPayment(id, deposit.id());
		return view(store.find(id).orElseThrow());
	}

	public ReservationView view(Reservation reservation) {
		Optional<PaymentView> deposit = reservation.depositPaymentId() == null ? Optional.empty()
				: payments.find(reservation.depositPaymentId());
		return ReservationView.of(reservation, deposit.orElse(null));
	}

	private void changed(Reservation r, ReservationStatus from, ReservationStatus to, Actor actor, String note,
			Instant at) {
		timeline.record(r.id(), Subject.RESERVATION, r.id(), from == null ? null : from.name(), to.name(), actor, note,
				to == ReservationStatus.HELD ? r.depositFen() : null, at);
		events.publishEvent(event(r, Subject.RESERVATION, r.id(), from == null ? null : from.name(), to.name(), at));
	}

	private static TradeStatusChanged event(Reservation r, Subject subject, UUID subjectId, String from, String to,
			Instant at) {
		return new TradeStatusChanged(subject, subjectId, r.id(), null, r.listingId(), r.vin(), r.buyerId(),
				r.organizationId(), from, to, at);
	}
}

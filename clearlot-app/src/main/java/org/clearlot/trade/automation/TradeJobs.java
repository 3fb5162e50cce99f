package org.clearlot.trade.automation;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.clearlot.trade.order.OrderService;
import org.clearlot.trade.reservation.ReservationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The trade's clock: reservations whose deposit or hold deadline passed are released (deposit refunded), orders
 * whose balance did not arrive are cancelled, and orders whose return window closed are completed. Each item is
 * moved by a guarded update in its own transaction, so several instances running this at once do each item once.
 */
@Component
class TradeJobs {

	private static final Logger log = LoggerFactory.getLogger(TradeJobs.class);
	private static final int BATCH = 200;

	private final ReservationService reservations;
	private final OrderService orders;

	TradeJobs(ReservationService reservations, OrderService orders) {
		this.reservations = reservations;
		this.orders = orders;
	}

	@Scheduled(fixedDelayString = "${clearlot.trade.job-interval:30s}", initialDelayString = "PT20S")
	void run() {
		try {
			int expired = count(reservations.due(BATCH), reservations::expire);
			int cancelled = count(orders.unpaidPastDeadline(BATCH), orders::cancelUnpaid);
			int completed = count(orders.dueForCompletion(BATCH), orders::complete);
			if (expired + cancelled + completed > 0) {
				log.info("Trade jobs: {} reservations released, {} unpaid orders cancelled, {} orders completed",
						expired, cancelled, completed);
			}
		}
		catch (RuntimeException e) {
			log.warn("A trade job failed; the next run retries", e);
		}
	}

	/** Runs the step (its own transaction, through the service's proxy) for each item; counts those it changed. */
	private static int count(List<UUID> items, Predicate<UUID> step) {
		int changed = 0;
		for (UUID item : items) {
			changed += step.test(item) ? 1 : 0;
		}
		return changed;
	}
}

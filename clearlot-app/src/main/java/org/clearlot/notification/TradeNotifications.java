package org.clearlot.notification;

import java.util.ArrayList;
import java.util.List;

import org.clearlot.trade.TradeStatusChanged;
import org.clearlot.trade.TradeStatusChanged.Subject;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the parties of a deal about each of its state changes: the buyer, the selling dealer's users and, when a
 * dispute changes, the admins who decide it. Runs from the persisted event registry, so a change is told even if
 * the application stopped right after it, and told once even if the event is resubmitted.
 */
@Component
class TradeNotifications {

	private final NotificationStore store;

	TradeNotifications(NotificationStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(TradeStatusChanged change) {
		String key = change.subject() + ":" + change.subjectId() + ":" + change.fromStatus() + ">" + change.toStatus()
				+ "@" + change.at().toEpochMilli();
		for (Recipient recipient : recipients(change)) {
			store.add(key, recipient, change.subject().name(), change.toStatus(), change.listingId(), change.vin(),
					link(change, recipient), change.at());
		}
	}

	private static List<Recipient> recipients(TradeStatusChanged change) {
		List<Recipient> recipients = new ArrayList<>();
		recipients.add(Recipient.user(change.buyerId()));
		recipients.add(Recipient.organization(change.organizationId()));
		if (change.subject() == Subject.DISPUTE) {
			recipients.add(Recipient.role("ADMIN"));
		}
		return recipients;
	}

	/** Where the recipient follows the deal: the order once there is one, else the buyer's reservation or the car. */
	private static String link(TradeStatusChanged change, Recipient recipient) {
		if (change.orderId() != null) {
			return "/orders/" + change.orderId();
		}
		return recipient.userId() != null ? "/my/reservations/" + change.dealId() : "/listings/" + change.listingId();
	}
}

package org.clearlot.notification.web;

import java.util.List;

import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.notification.Notification;
import org.clearlot.notification.NotificationInbox;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notifications over the API. */
@RestController
@RequestMapping("/api/v1/me/notifications")
class NotificationApiController {

	private final NotificationInbox inbox;

	NotificationApiController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	record Inbox(long unread, List<Notification> items) {
	}

	@GetMapping
	Inbox list() {
		UserAccount reader = CurrentUser.require();
		return new Inbox(inbox.unread(reader), inbox.latest(reader));
	}

	/** Marks everything listed so far read. */
	@PostMapping("/read")
	Inbox read() {
		UserAccount reader = CurrentUser.require();
		inbox.markAllRead(reader);
		return new Inbox(inbox.unread(reader), inbox.latest(reader));
	}
}

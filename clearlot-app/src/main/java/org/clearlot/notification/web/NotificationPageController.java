package org.clearlot.notification.web;

import java.util.List;

import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.notification.Notification;
import org.clearlot.notification.NotificationInbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The notifications page (opening it marks them read; the unread ones stand out that once) and the unread badge the navigation loads. */
@Controller
class NotificationPageController {

	private final NotificationInbox inbox;

	NotificationPageController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		UserAccount reader = CurrentUser.require();
		List<Notification> latest = inbox.latest(reader);
		model.addAttribute("notifications", latest);
		inbox.markRead(reader, latest);
		return "notification/list";
	}

	@GetMapping("/notifications/badge")
	String badge(Model model) {
		model.addAttribute("unread", inbox.unread(CurrentUser.require()));
		return "notification/list :: badge";
	}
}

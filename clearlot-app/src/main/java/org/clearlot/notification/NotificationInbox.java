package org.clearlot.notification;

import java.util.List;

import org.clearlot.identity.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user's notifications: theirs, their organization's and their role's. */
@Service
public class NotificationInbox {

	private static final int LIMIT = 100;

	private final NotificationStore store;

	NotificationInbox(NotificationStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public List<Notification> latest(UserAccount reader) {
		return store.latest(Recipient.of(reader), LIMIT);
	}

	@Transactional(readOnly = true)
	public long unread(UserAccount reader) {
		return store.unread(Recipient.of(reader));
	}

	/** Marks everything the reader can see now read. */
	@Transactional
	public void markAllRead(UserAccount reader) {
		Recipient.Reader recipient = Recipient.of(reader);
		store.newest(recipient).ifPresent(id -> store.seenUpTo(recipient, id));
	}

	/** Marks everything the reader was shown read, up to the newest of {@code shown}. */
	@Transactional
	public void markRead(UserAccount reader, List<Notification> shown) {
		shown.stream().mapToLong(Notification::id).max().ifPresent(id -> store.seenUpTo(Recipient.of(reader), id));
	}
}

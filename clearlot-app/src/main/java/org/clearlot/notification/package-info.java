/**
 * Notifications: every state change of a deal ({@link org.clearlot.trade.TradeStatusChanged}) told in the app to
 * the buyer, the selling dealer's users and, for disputes, the admins, with an unread count in the navigation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "platform", "identity", "trade" })
package org.clearlot.notification;

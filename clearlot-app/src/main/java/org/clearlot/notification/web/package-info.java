/** Notifications on pages (the list and the navigation badge) and over the API. */
package org.clearlot.notification.web;

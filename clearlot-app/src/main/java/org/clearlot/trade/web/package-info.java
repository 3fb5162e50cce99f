/** The trade over the API and on pages: buyers' reservations and orders, dealers' orders, admins' disputes. */
package org.clearlot.trade.web;

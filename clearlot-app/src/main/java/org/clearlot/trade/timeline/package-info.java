/** The append-only timeline of each deal, which buyer, dealer and admin see alike. */
package org.clearlot.trade.timeline;

/** Listings: a dealer's offer of a vehicle, its guarded status transitions and append-only history. */
package org.clearlot.catalog.listing;

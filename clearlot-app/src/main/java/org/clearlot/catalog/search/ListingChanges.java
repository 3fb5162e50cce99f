package org.clearlot.catalog.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects the listings a transaction changes and, once it commits, brings the facet index up to date and drops
 * the cached landing page, so that a sold or withdrawn car leaves every count as soon as its change is committed.
 */
@Component
public class ListingChanges {

	private final FacetIndexMaintenance maintenance;
	private final ListingSearch search;

	ListingChanges(FacetIndexMaintenance maintenance, ListingSearch search) {
		this.maintenance = maintenance;
		this.search = search;
	}

	/** Records that a listing changed in the current transaction (or applies it at once outside one). */
	public void changed(long listingId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			apply(Set.of(listingId));
			return;
		}
		Object key = this;
		@SuppressWarnings("unchecked")
		Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(key);
		if (pending == null) {
			Set<Long> ids = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(key, ids);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
					if (status == STATUS_COMMITTED) {
						apply(ids);
					}
				}
			});
			pending = ids;
		}
		pending.add(listingId);
	}

	private void apply(Set<Long> ids) {
		maintenance.refresh(ids);
		search.forgetLandingPage();
	}
}

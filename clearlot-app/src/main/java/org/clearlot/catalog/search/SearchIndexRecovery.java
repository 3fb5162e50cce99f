package org.clearlot.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.clearlot.catalog.listing.Listing;
import org.clearlot.platform.ClearlotProperties;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from PostgreSQL when it cannot be trusted. The index is written right after each
 * database commit, so a hard kill between the two can leave it behind; and a new data directory next to an existing
 * external database starts with no index at all. A marker written on clean shutdown tells the two cases apart from
 * a normal restart; without it, or when the index and the database disagree on the number of listings, every
 * listing is indexed again before the application serves requests.
 */
@Component
class SearchIndexRecovery implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexRecovery.class);

	private final EntityManagerFactory entityManagerFactory;
	private final Path cleanShutdownMarker;

	SearchIndexRecovery(EntityManagerFactory entityManagerFactory, ClearlotProperties properties) {
		this.entityManagerFactory = entityManagerFactory;
		this.cleanShutdownMarker = properties.dataDir().resolve("index").resolve("clean-shutdown");
	}

	@Override
	public void afterSingletonsInstantiated() {
		boolean cleanlyStopped = deleteMarker();
		long inDatabase;
		long inIndex;
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			inDatabase = em.createQuery("select count(l) from Listing l", Long.class).getSingleResult();
			inIndex = Search.session(em).search(Listing.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
		if (cleanlyStopped && inDatabase == inIndex) {
			return;
		}
		log.warn("Rebuilding the search index ({} listings in the database, {} in the index, last stop {})", inDatabase,
				inIndex, cleanlyStopped ? "clean" : "not clean");
		long start = System.nanoTime();
		try {
			Search.mapping(entityManagerFactory).scope(Listing.class).massIndexer()
					.purgeAllOnStart(true)
					.threadsToLoadObjects(2)
					.batchSizeToLoadObjects(500)
					.mergeSegmentsOnFinish(true)
					.startAndWait();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", interrupted);
		}
		log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Flushes the index (commits happen in the background, see {@code read-sync}) and only then marks the stop as
	 * clean; if the flush fails, no marker is written and the next start rebuilds the index.
	 */
	@PreDestroy
	void markCleanShutdown() {
		try {
			Search.mapping(entityManagerFactory).scope(Listing.class).workspace().flush();
		}
		catch (RuntimeException e) {
			log.warn("Could not flush the search index; the next start will rebuild it", e);
			return;
		}
		try {
			Files.createDirectories(cleanShutdownMarker.getParent());
			Files.writeString(cleanShutdownMarker, "The search index was complete when the application stopped.\n");
		}
		catch (IOException e) {
			log.warn("Could not write {}; the next start will rebuild the search index", cleanShutdownMarker, e);
		}
	}

	private boolean deleteMarker() {
		try {
			return Files.deleteIfExists(cleanShutdownMarker);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

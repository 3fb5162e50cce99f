package org.clearlot.pricing.valuation;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.clearlot.pricing.PricingProperties;
import org.clearlot.pricing.model.ModelSummary;
import org.clearlot.pricing.model.ModelTrainer;
import org.clearlot.pricing.model.TrainingRow;
import org.clearlot.pricing.model.ValuationModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Trains valuation models on a thread of their own, never on a request's: on the schedule
 * ({@code clearlot.pricing.retrain-cron}) and, once the application is ready, the first one if no stored model can
 * be loaded. Each model is stored with its version before it goes into service. One training runs at a time; asking
 * for another meanwhile gets the running one.
 */
@Component
public class ModelTraining {

	private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

	private final TrainingData data;
	private final ModelStore store;
	private final ValuationService valuations;
	private final PricingProperties properties;
	private final ModelTrainer trainer;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "pricing-training");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});
	private final AtomicReference<CompletableFuture<ModelSummary>> running = new AtomicReference<>();

	ModelTraining(TrainingData data, ModelStore store, ValuationService valuations, PricingProperties properties,
			Clock clock) {
		this.data = data;
		this.store = store;
		this.valuations = valuations;
		this.properties = properties;
		this.trainer = new ModelTrainer(properties.training(), clock);
	}

	/** Puts the newest stored model into service, or trains the first one; in the background. */
	@EventListener(ApplicationReadyEvent.class)
	void startUp() {
		executor.execute(() -> {
			try {
				store.latest().ifPresent(snapshot -> {
					valuations.serve(ValuationModel.restore(snapshot, properties.comparableYears()));
					log.info("Valuation model {} (trained {}) is in service", snapshot.summary().version(),
							snapshot.summary().trainedAt());
				});
			}
			catch (RuntimeException unreadable) {
				log.warn("The stored valuation model could not be loaded; a new one is trained", unreadable);
			}
			if (valuations.current().isEmpty() && properties.trainAtStartup()) {
				retrainInBackground();
			}
		});
	}

	@Scheduled(cron = "${clearlot.pricing.retrain-cron:0 30 3 * * *}")
	void onSchedule() {
		retrainInBackground();
	}

	/** While no model serves (too few cars at start-up, say), tries again every few minutes instead of next night. */
	@Scheduled(fixedDelayString = "${clearlot.pricing.untrained-retry:PT5M}",
			initialDelayString = "${clearlot.pricing.untrained-retry:PT5M}")
	void whileUntrained() {
		if (valuations.current().isEmpty() && properties.trainAtStartup()) {
			retrainInBackground();
		}
	}

	/** Starts a retraining unless one is running; completes with the new model's summary once it is in service. */
	public CompletableFuture<ModelSummary> retrainInBackground() {
		CompletableFuture<ModelSummary> next = new CompletableFuture<>();
		CompletableFuture<ModelSummary> previous = running.get();
		if (previous != null && !previous.isDone()) {
			return previous;
		}
		if (!running.compareAndSet(previous, next)) {
			return running.get();
		}
		executor.execute(() -> {
			try {
				next.complete(retrain());
			}
			catch (RuntimeException failed) {
				log.warn("Valuation model training failed: {}", failed.getMessage());
				next.completeExceptionally(failed);
			}
		});
		return next;
	}

	private ModelSummary retrain() {
		List<TrainingRow> rows = data.rows();
		ValuationModel model = trainer.train(store.nextVersion(), rows);
		store.save(model.snapshot(), properties.keptModels());
		valuations.serve(model);
		ModelSummary summary = model.summary();
		log.info("Valuation model {} trained on {} listings and {} sales in {} ms: held-out median error {} %",
				summary.version(), summary.listingRows(), summary.saleRows(), summary.trainingMillis(),
				"%.1f".formatted(summary.medianApePercent()));
		return summary;
	}

	/** What a model trained now would learn from (for measuring the method, as the valuation benchmark does). */
	public List<TrainingRow> trainingRows() {
		return data.rows();
	}

	public PricingProperties properties() {
		return properties;
	}

	/** The newest models' summaries, newest first. */
	public List<ModelSummary> history(int limit) {
		return store.history(limit);
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}

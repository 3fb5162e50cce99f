package org.clearlot.simulator.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;

import org.clearlot.simulator.Reading;
import org.clearlot.simulator.transport.DeliveryCounts;
import org.clearlot.simulator.transport.Pacer;

/**
 * Drains a time-ordered stream of readings into the HTTP API in batches, paced against the wall clock. A batch is
 * sent when it is full, or (when paced) when its first reading has waited a second of real time.
 */
public final class HttpStreamer {

	private final HttpTelemetryClient client;
	private final int batchSize;
	private final Pacer pacer;

	public HttpStreamer(HttpTelemetryClient client, int batchSize, Pacer pacer) {
		if (batchSize < 1 || batchSize > HttpTelemetryClient.MAX_BATCH) {
			throw new IllegalArgumentException("batch size must be 1–" + HttpTelemetryClient.MAX_BATCH);
		}
		this.client = client;
		this.batchSize = batchSize;
		this.pacer = pacer;
	}

	/** Sends everything; {@code progress} hears the number of readings handed over after each batch. */
	public DeliveryCounts.Summary stream(Iterator<Reading> readings, LongConsumer progress) {
		DeliveryCounts counts = new DeliveryCounts();
		client.authenticate();
		List<Reading> batch = new ArrayList<>(batchSize);
		long batchOpenedNanos = 0;
		while (readings.hasNext()) {
			Reading reading = readings.next();
			pacer.await(reading.ts().toInstant());
			if (batch.isEmpty()) {
				batchOpenedNanos = System.nanoTime();
			}
			batch.add(reading);
			boolean stale = pacer.limited() && System.nanoTime() - batchOpenedNanos > 1_000_000_000L;
			if (batch.size() >= batchSize || stale) {
				send(batch, counts);
				progress.accept(batch.size());
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			send(batch, counts);
			progress.accept(batch.size());
		}
		return counts.summary();
	}

	private void send(List<Reading> batch, DeliveryCounts counts) {
		counts.readings(batch.size());
		counts.sent(batch.size());
		try {
			BatchResult result = client.post(batch);
			counts.acknowledged(result.accepted());
			counts.duplicates(result.duplicates());
			counts.rejected(result.rejected().size());
		}
		catch (TelemetryApiException failed) {
			counts.error();
			if (failed.status() == 401 || failed.status() == 403) {
				throw failed;
			}
		}
	}
}

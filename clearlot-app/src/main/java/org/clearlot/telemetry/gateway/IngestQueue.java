package org.clearlot.telemetry.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.Channel;
import org.clearlot.telemetry.store.NewReading;
import org.clearlot.telemetry.store.TelemetryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readings from the gateway on their way to the database: writer threads take whatever is waiting (up to the batch
 * size) and store it in one transaction, so the commit cost is shared by many frames; only after the commit is each
 * frame's callback told, and only then is the frame acknowledged. When more readings wait than the high watermark,
 * the connections that keep sending are paused (Netty stops reading their sockets, so TCP pushes back on the
 * sender) until the backlog falls below the low watermark. What waits beyond the watermark is bounded by the
 * connections times the frames of one socket read (reads are {@value GatewayServer#READ_BYTES} bytes), so nothing
 * is refused for want of room. A batch that fails is reported to every callback, whose frames then go
 * unacknowledged, so the terminals send them again.
 */
@Component
class IngestQueue implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IngestQueue.class);

	/** What becomes of a submitted reading, told once its batch committed or failed. */
	interface Outcome {
		void stored(boolean isNew);

		void failed(Exception cause);
	}

	private record Pending(NewReading reading, Outcome outcome) {
	}

	private final TelemetryStore store;
	private final TransactionTemplate transactions;
	private final GatewayProperties properties;
	private final BlockingQueue<Pending> queue;
	private final AtomicInteger waiting = new AtomicInteger();
	private final Set<Channel> paused = ConcurrentHashMap.newKeySet();
	private final List<Thread> writers = new ArrayList<>();
	private volatile boolean running;

	IngestQueue(TelemetryStore store, TransactionTemplate transactions, GatewayProperties properties) {
		this.store = store;
		this.transactions = transactions;
		this.properties = properties;
		this.queue = new LinkedBlockingQueue<>();
	}

	/** Queues a reading from a connection, pausing the connection when the backlog is above the high watermark. */
	void submit(NewReading reading, Outcome outcome, Channel from) {
		queue.add(new Pending(reading, outcome));
		if (waiting.incrementAndGet() > properties.highWatermark() && paused.add(from)) {
			from.config().setAutoRead(false);
		}
	}

	int waiting() {
		return waiting.get();
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < properties.writers(); i++) {
			Thread writer = new Thread(this::write, "gateway-writer-" + (i + 1));
			writer.setDaemon(true);
			writers.add(writer);
			writer.start();
		}
	}

	@Override
	public void stop() {
		running = false;
		writers.forEach(Thread::interrupt);
		for (Thread writer : writers) {
			try {
				writer.join(10_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		writers.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before the gateway's server and stops after it, so no accepted frame finds the writers gone. */
	@Override
	public int getPhase() {
		return GatewayServer.PHASE - 1;
	}

	private void write() {
		List<Pending> batch = new ArrayList<>(properties.batchSize());
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, properties.batchSize() - 1);
				commit(batch);
			}
			catch (InterruptedException e) {
				if (queue.isEmpty()) {
					return;
				}
			}
			finally {
				waiting.addAndGet(-batch.size());
				batch.clear();
				resumeIfDrained();
			}
		}
	}

	private void commit(List<Pending> batch) {
		List<NewReading> readings = batch.stream().map(Pending::reading).toList();
		boolean[] isNew;
		try {
			isNew = transactions.execute(status -> store.store(readings));
		}
		catch (RuntimeException failure) {
			log.warn("Could not store {} gateway readings; their frames stay unacknowledged", batch.size(), failure);
			batch.forEach(pending -> pending.outcome().failed(failure));
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).outcome().stored(isNew[i]);
		}
	}

	private void resumeIfDrained() {
		if (!paused.isEmpty() && waiting.get() < properties.lowWatermark()) {
			for (Channel channel : paused) {
				if (paused.remove(channel)) {
					channel.eventLoop().execute(() -> channel.config().setAutoRead(true));
				}
			}
		}
	}
}

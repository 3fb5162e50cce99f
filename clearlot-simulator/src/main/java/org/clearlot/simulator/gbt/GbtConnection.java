package org.clearlot.simulator.gbt;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.simulator.Reading;
import org.clearlot.simulator.transport.DeliveryCounts;
import org.clearlot.simulator.transport.Pacer;

/**
 * One TCP connection's conversation, driven on its own event loop: (platform login), then per vehicle (activation)
 * and login, then realtime frames while fewer than {@code window} are unacknowledged, heartbeats when idle,
 * logouts at the end. A frame counts as delivered when its acknowledgement arrives (same command and VIN, response
 * flag 01; acknowledgements come back in order). When the connection drops it is redialled, the vehicles log in
 * again and the unacknowledged frames go out again as reissues (command 03).
 */
final class GbtConnection {

	private enum Phase {
		CONNECTING, PLATFORM_LOGIN, READY, CLOSING, FINISHED
	}

	private final GbtSettings settings;
	private final Bootstrap bootstrap;
	private final EventLoop loop;
	private final Iterator<Reading> readings;
	private final Map<String, VehicleSession> sessions;
	private final FrameWriter frames;
	private final DeliveryCounts counts;
	private final Pacer pacer;
	private final CompletableFuture<Void> done = new CompletableFuture<>();
	private final ArrayDeque<Outgoing> unacked = new ArrayDeque<>();
	private final ArrayDeque<Outgoing> resend = new ArrayDeque<>();
	private final ArrayDeque<Outgoing> pending = new ArrayDeque<>();

	private Channel channel;
	private Phase phase = Phase.CONNECTING;
	private Outgoing awaitingReply;
	private Reading peeked;
	private boolean exhausted;
	private boolean pumpScheduled;
	private int reconnects;
	private int platformSerial;
	private int logoutsOutstanding;
	private long lastReplyNanos = System.nanoTime();
	private long lastWriteNanos = System.nanoTime();
	private LocalDateTime clock;

	GbtConnection(GbtSettings settings, Bootstrap bootstrap, EventLoop loop, Iterator<Reading> readings,
			Map<String, VehicleSession> sessions, DeliveryCounts counts, Pacer pacer) {
		this.settings = settings;
		this.bootstrap = bootstrap;
		this.loop = loop;
		this.readings = readings;
		this.sessions = sessions;
		this.frames = new FrameWriter(settings);
		this.counts = counts;
		this.pacer = pacer;
	}

	CompletableFuture<Void> start() {
		loop.execute(this::connect);
		return done;
	}

	private void connect() {
		phase = Phase.CONNECTING;
		ChannelFuture future = bootstrap.clone(loop).handler(new GbtChannelInitializer(this)).connect(settings.host(),
				settings.port());
		future.addListener(f -> {
			if (!f.isSuccess()) {
				counts.error();
				redial();
			}
		});
	}

	// ---- channel events (called on the loop) ----

	void connected(Channel active) {
		channel = active;
		lastReplyNanos = System.nanoTime();
		lastWriteNanos = System.nanoTime();
		long period = Math.max(50, Math.min(settings.heartbeat().toMillis(), settings.ackTimeout().toMillis() / 2));
		ScheduledFuture<?> watchdog = loop.scheduleAtFixedRate(() -> idle(active), period, period, TimeUnit.MILLISECONDS);
		active.closeFuture().addListener(f -> watchdog.cancel(false));
		if (settings.platform()) {
			phase = Phase.PLATFORM_LOGIN;
			control(frames.platformLogin(now(), ++platformSerial));
		}
		else {
			phase = Phase.READY;
			pump();
		}
	}

	void disconnected() {
		channel = null;
		if (phase == Phase.FINISHED) {
			return;
		}
		if (phase == Phase.CLOSING) {
			finish();
			return;
		}
		counts.error();
		awaitingReply = null;
		sessions.values().forEach(s -> s.loggedIn = false);
		ArrayDeque<Outgoing> again = new ArrayDeque<>();
		for (Outgoing frame : unacked) {
			if (frame.realtime()) {
				again.add(frame);
			}
		}
		again.addAll(resend);
		resend.clear();
		resend.addAll(again);
		unacked.clear();
		redial();
	}

	private void redial() {
		if (++reconnects > settings.maxReconnects()) {
			counts.error();
			phase = Phase.FINISHED;
			done.completeExceptionally(new IllegalStateException("gave up after " + settings.maxReconnects() + " redials"));
			return;
		}
		long delayMs = Math.min(5000, 200L * reconnects);
		loop.schedule(this::connect, delayMs, TimeUnit.MILLISECONDS);
	}

	void replied(Reply reply) {
		lastReplyNanos = System.nanoTime();
		if (reply.command() == Command.ACTIVATION_RESPONSE) {
			channel.writeAndFlush(Unpooled.wrappedBuffer(reply.acknowledgement()));
			activation(reply.vin(), reply.activated());
			return;
		}
		if (reply.command() == Command.HEARTBEAT || reply.command() == Command.TIME_SYNC) {
			return;
		}
		if (reply.command() == Command.VEHICLE_LOGOUT || reply.command() == Command.PLATFORM_LOGOUT) {
			if (--logoutsOutstanding <= 0 && phase == Phase.CLOSING) {
				channel.close();
			}
			return;
		}
		if (reply.command() == Command.REALTIME || reply.command() == Command.REISSUE) {
			realtimeReply(reply);
		}
		else {
			controlReply(reply);
		}
		pump();
	}

	private void realtimeReply(Reply reply) {
		for (Iterator<Outgoing> it = unacked.iterator(); it.hasNext();) {
			Outgoing frame = it.next();
			if (frame.command() == reply.command() && frame.vin().equals(reply.vin())) {
				it.remove();
				if (reply.success()) {
					counts.acknowledged(1);
				}
				else {
					counts.rejected(1);
					counts.error();
				}
				return;
			}
		}
		counts.error();
	}

	private void controlReply(Reply reply) {
		Outgoing asked = awaitingReply;
		if (asked == null || asked.command() != reply.command()) {
			counts.error();
			return;
		}
		if (reply.command() == Command.ACTIVATION) {
			if (!reply.success()) {
				activation(reply.vin(), false);
			}
			return;
		}
		awaitingReply = null;
		if (!reply.success()) {
			counts.error();
			if (reply.command() == Command.PLATFORM_LOGIN) {
				phase = Phase.FINISHED;
				channel.close();
				done.completeExceptionally(new IllegalStateException("platform login refused: " + reply.flag()));
				return;
			}
			refuse(reply.vin());
			return;
		}
		if (reply.command() == Command.PLATFORM_LOGIN) {
			phase = Phase.READY;
		}
		else if (reply.command() == Command.VEHICLE_LOGIN) {
			VehicleSession session = sessions.get(reply.vin());
			if (session != null) {
				session.loggedIn = true;
			}
		}
	}

	private void activation(String vin, boolean activated) {
		if (awaitingReply != null && awaitingReply.command() == Command.ACTIVATION) {
			awaitingReply = null;
		}
		VehicleSession session = sessions.get(vin);
		if (session == null) {
			return;
		}
		if (activated) {
			session.activated = true;
		}
		else {
			counts.error();
			refuse(vin);
		}
		pump();
	}

	/** The server refused a vehicle: its frames are dropped and counted as rejected. */
	private void refuse(String vin) {
		VehicleSession session = sessions.get(vin);
		if (session != null) {
			session.refused = true;
		}
		counts.rejected(drop(pending, vin) + drop(resend, vin));
	}

	private static int drop(ArrayDeque<Outgoing> queue, String vin) {
		int before = queue.size();
		queue.removeIf(frame -> frame.vin().equals(vin));
		return before - queue.size();
	}

	/** Drops a connection whose acknowledgements stopped; sends a heartbeat when nothing was sent for a while. */
	private void idle(Channel watched) {
		if (channel != watched || phase != Phase.READY) {
			return;
		}
		long now = System.nanoTime();
		if (!unacked.isEmpty() && now - lastReplyNanos > settings.ackTimeout().toNanos()) {
			channel.close();
			return;
		}
		if (now - lastWriteNanos >= settings.heartbeat().toNanos()) {
			channel.writeAndFlush(Unpooled.wrappedBuffer(frames.heartbeat(headerId())));
			lastWriteNanos = now;
		}
	}

	// ---- sending ----

	private void pump() {
		while (channel != null && channel.isActive() && phase == Phase.READY && awaitingReply == null
				&& unacked.size() < settings.window()) {
			Outgoing next = next();
			if (next == null) {
				break;
			}
			channel.write(Unpooled.wrappedBuffer(next.bytes()));
			lastWriteNanos = System.nanoTime();
			unacked.add(next);
			counts.sent(1);
		}
		if (channel != null) {
			channel.flush();
		}
		if (phase == Phase.READY && exhausted && peeked == null && pending.isEmpty() && resend.isEmpty() && unacked.isEmpty()
				&& awaitingReply == null) {
			close();
		}
	}

	/** The next realtime frame to send, or null when waiting (login, pacing) or out of readings. */
	private Outgoing next() {
		while (true) {
			ArrayDeque<Outgoing> queue = !resend.isEmpty() ? resend : pending;
			if (!queue.isEmpty()) {
				VehicleSession session = sessions.get(queue.peek().vin());
				if (session.refused) {
					counts.rejected(drop(queue, session.spec.vin()));
					continue;
				}
				if (!session.ready(settings.sm2())) {
					startSession(session);
					return null;
				}
				Outgoing frame = queue.poll();
				if (queue == resend) {
					counts.resent(1);
					return frames.reissue(frame, session);
				}
				return frame;
			}
			if (!takeReading()) {
				return null;
			}
		}
	}

	/** Moves the next reading's frames into {@code pending}; false when it is not due yet or there is none. */
	private boolean takeReading() {
		if (peeked == null) {
			if (!readings.hasNext()) {
				exhausted = true;
				return false;
			}
			peeked = readings.next();
			counts.readings(1);
		}
		long delay = pacer.delayNanos(peeked.ts().toInstant());
		if (delay > 0) {
			schedulePump(delay);
			return false;
		}
		Reading reading = peeked;
		peeked = null;
		clock = reading.ts().toLocalDateTime();
		counts.reached(reading.ts().toEpochSecond());
		VehicleSession session = sessions.get(reading.vin());
		if (session.refused) {
			counts.rejected(1);
			return true;
		}
		for (Realtime report : ReadingFrames.of(reading, settings.revision(), session.spec.equipment().plugInHybrid())) {
			pending.add(frames.realtime(reading.vin(), report, session));
		}
		return true;
	}

	private void startSession(VehicleSession session) {
		if (settings.sm2() && !session.activated) {
			control(frames.activation(now(), session));
		}
		else {
			control(frames.vehicleLogin(now(), session));
		}
	}

	private void control(Outgoing frame) {
		awaitingReply = frame;
		lastWriteNanos = System.nanoTime();
		channel.writeAndFlush(Unpooled.wrappedBuffer(frame.bytes()));
	}

	private void schedulePump(long delayNanos) {
		if (!pumpScheduled) {
			pumpScheduled = true;
			loop.schedule(() -> {
				pumpScheduled = false;
				pump();
			}, delayNanos, TimeUnit.NANOSECONDS);
		}
	}

	private void close() {
		phase = Phase.CLOSING;
		logoutsOutstanding = 0;
		for (VehicleSession session : sessions.values()) {
			if (session.loggedIn) {
				channel.write(Unpooled.wrappedBuffer(frames.vehicleLogout(now(), session)));
				logoutsOutstanding++;
			}
		}
		if (settings.platform()) {
			channel.write(Unpooled.wrappedBuffer(frames.platformLogout(now(), platformSerial)));
			logoutsOutstanding++;
		}
		channel.flush();
		Channel closing = channel;
		loop.schedule(() -> closing.close(), 5, TimeUnit.SECONDS);
		if (logoutsOutstanding == 0) {
			closing.close();
		}
	}

	private void finish() {
		phase = Phase.FINISHED;
		done.complete(null);
	}

	private LocalDateTime now() {
		if (clock == null) {
			clock = peeked != null ? peeked.ts().toLocalDateTime()
					: LocalDateTime.now(java.time.ZoneOffset.ofHours(8)).withNano(0);
		}
		return clock;
	}

	private String headerId() {
		return settings.platform() ? settings.platformUser() : sessions.keySet().iterator().next();
	}
}

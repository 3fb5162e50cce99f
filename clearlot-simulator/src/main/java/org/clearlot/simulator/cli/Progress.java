package org.clearlot.simulator.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.clearlot.simulator.Reading;

/** A console progress bar over simulated time (in hours), with the number of readings so far. */
abstract class Progress implements AutoCloseable {

	static Progress silent() {
		return new Progress() {
			@Override
			void at(Instant simulated, long readings, String extra) {
			}

			@Override
			public void close() {
			}
		};
	}

	static Progress bar(Instant start, Instant end) {
		ProgressBar bar = new ProgressBarBuilder().setTaskName("simulated hours").setStyle(ProgressBarStyle.ASCII)
				.setInitialMax(Math.max(1, Duration.between(start, end).toHours())).setUpdateIntervalMillis(500)
				.continuousUpdate().build();
		return new Progress() {
			@Override
			void at(Instant simulated, long readings, String extra) {
				bar.stepTo(Math.max(0, Duration.between(start, simulated).toHours()));
				bar.setExtraMessage(String.format(" %,d readings%s", readings, extra));
			}

			@Override
			public void close() {
				bar.stepTo(bar.getMax());
				bar.close();
			}
		};
	}

	/** Reports where the simulation is. */
	abstract void at(Instant simulated, long readings, String extra);

	@Override
	public abstract void close();

	/** Passes {@code readings} through, reporting progress every 10,000. */
	Iterator<Reading> watch(Iterator<Reading> readings) {
		return new Iterator<>() {
			private long count;

			@Override
			public boolean hasNext() {
				return readings.hasNext();
			}

			@Override
			public Reading next() {
				Reading reading = readings.next();
				if (++count % 10_000 == 0) {
					at(reading.ts().toInstant(), count, "");
				}
				return reading;
			}
		};
	}
}

package org.clearlot.simulator;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A fleet of simulated EVs, each living from the fleet's epoch on. Built from a seed and vehicle specs (or
 * generated specs); the same seed, epoch and specs always give the same readings. Readings are produced lazily per
 * vehicle ({@link #run}) or for the whole fleet in time order ({@link #merged}); nothing is materialised. Runs may
 * start after the epoch (the vehicle is simulated silently up to the start), so consecutive windows join up into
 * one history. Thread-safe: every run has its own state.
 */
public final class Fleet {

	private final long seed;
	private final Instant epoch;
	private final Map<String, VehicleSpec> vehicles = new LinkedHashMap<>();

	private Fleet(long seed, Instant epoch, List<VehicleSpec> specs) {
		this.seed = seed;
		this.epoch = epoch;
		for (VehicleSpec spec : specs) {
			if (vehicles.put(spec.vin(), spec) != null) {
				throw new IllegalArgumentException("duplicate VIN " + spec.vin());
			}
		}
	}

	/** A fleet of the given vehicles. */
	public static Fleet of(long seed, Instant epoch, List<VehicleSpec> specs) {
		return new Fleet(seed, epoch, specs);
	}

	/** A fleet of {@code size} generated vehicles with default shares. */
	public static Fleet generate(long seed, Instant epoch, int size) {
		return generate(seed, epoch, size, GeneratorOptions.defaults());
	}

	/** A fleet of {@code size} generated vehicles. */
	public static Fleet generate(long seed, Instant epoch, int size, GeneratorOptions options) {
		return new Fleet(seed, epoch, new FleetGenerator(seed, epoch, options).generate(size));
	}

	public long seed() {
		return seed;
	}

	/** When every vehicle's simulated life begins (its spec's start SoH and odometer hold at this instant). */
	public Instant epoch() {
		return epoch;
	}

	public List<VehicleSpec> vehicles() {
		return List.copyOf(vehicles.values());
	}

	public VehicleSpec vehicle(String vin) {
		VehicleSpec spec = vehicles.get(vin);
		if (spec == null) {
			throw new IllegalArgumentException("no vehicle " + vin + " in this fleet");
		}
		return spec;
	}

	/** The readings of {@code vin} in [{@code from}, {@code until}), lazily, in time order. */
	public VehicleRun run(String vin, Instant from, Instant until, Reporting reporting) {
		if (from.isBefore(epoch) || until.isBefore(from)) {
			throw new IllegalArgumentException("need epoch ≤ from ≤ until");
		}
		return new VehicleRun(new Simulation(vehicle(vin), seed, epoch), from, until, reporting);
	}

	/** The readings of {@code vin} in [{@code from}, {@code until}) as a sequential, lazy stream. */
	public Stream<Reading> readings(String vin, Instant from, Instant until, Reporting reporting) {
		return stream(run(vin, from, until, reporting));
	}

	/** Every vehicle's readings in [{@code from}, {@code until}), merged in time order (ties by VIN order). */
	public FleetRun merged(Instant from, Instant until, Reporting reporting) {
		return new FleetRun(vehicles.keySet().stream().map(vin -> run(vin, from, until, reporting)).toList());
	}

	/** The readings of the vehicles {@code vins} in [{@code from}, {@code until}), merged in time order. */
	public FleetRun merged(List<String> vins, Instant from, Instant until, Reporting reporting) {
		return new FleetRun(vins.stream().map(vin -> run(vin, from, until, reporting)).toList());
	}

	/** The TRUE battery state of {@code vin} at {@code at} (simulated from the epoch, without readings). */
	public BatteryTruth truthAt(String vin, Instant at) {
		VehicleRun run = run(vin, epoch, at, Reporting.standard());
		run.skipTo(at);
		return run.truth();
	}

	static <T> Stream<T> stream(Iterator<T> iterator) {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
				false);
	}
}

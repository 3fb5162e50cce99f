package org.clearlot.gbt32960.bench;

import java.util.concurrent.TimeUnit;
import org.clearlot.gbt32960.DecodeResult;
import org.clearlot.gbt32960.Gbt32960Decoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Decoded frames per second on one thread: the whole decode of one frame (envelope checks, BCC, every block, the
 * records and arrays it allocates), returned to JMH so that nothing is optimised away.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class DecodeBenchmark {

	@Param({BenchmarkFrames.FULL_2016, BenchmarkFrames.FULL_2025, BenchmarkFrames.SAMPLE_2016,
			BenchmarkFrames.SAMPLE_2025})
	public String frame;

	private final Gbt32960Decoder decoder = new Gbt32960Decoder();
	private byte[] bytes;

	@Setup(Level.Trial)
	public void load() {
		bytes = BenchmarkFrames.all().get(frame);
		if (!(decoder.decode(bytes) instanceof DecodeResult.Decoded decoded) || !decoded.notes().isEmpty()) {
			throw new IllegalStateException(frame + " does not decode cleanly");
		}
	}

	@Benchmark
	public DecodeResult decode() {
		return decoder.decode(bytes, 0, bytes.length);
	}
}

package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The public test frames under {@code src/test/resources/gbt32960/}, by name (see the README there). */
public final class SampleFrames {

	public static final String RTM_CON = "rtm_con-frames.txt";
	public static final String RTM_CON_FULL = "rtm_con-full-frames.txt";
	public static final String LOGINS = "login-frames.txt";

	private SampleFrames() {
	}

	/** Every frame of a file, in file order. */
	public static Map<String, byte[]> load(String file) {
		try (InputStream in = SampleFrames.class.getResourceAsStream("/gbt32960/" + file)) {
			Map<String, byte[]> frames = new LinkedHashMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
				if (!line.isBlank()) {
					String[] parts = line.trim().split(" ");
					frames.put(parts[0], HexFormat.of().parseHex(parts[1]));
				}
			}
			return frames;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One frame by name, from any of the files. */
	public static byte[] frame(String name) {
		for (String file : new String[] {RTM_CON, RTM_CON_FULL, LOGINS}) {
			byte[] frame = load(file).get(name);
			if (frame != null) {
				return frame;
			}
		}
		throw new IllegalArgumentException("no sample frame " + name);
	}

	/** Decodes a frame that must decode, and returns it. */
	public static DecodeResult.Decoded decoded(byte[] bytes) {
		DecodeResult result = new Gbt32960Decoder().decode(bytes);
		assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
		return (DecodeResult.Decoded) result;
	}

	/** Decodes a sample frame that must decode without notes, and returns its body. */
	@SuppressWarnings("unchecked")
	public static <T extends Body> T body(String name) {
		DecodeResult.Decoded decoded = decoded(frame(name));
		assertThat(decoded.notes()).as("notes of " + name).isEmpty();
		return (T) decoded.frame().body();
	}

	public static byte[] hex(String hex) {
		return HexFormat.of().parseHex(hex.replace(" ", ""));
	}
}

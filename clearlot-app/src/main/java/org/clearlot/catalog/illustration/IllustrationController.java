package org.clearlot.catalog.illustration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the drawing of every body type in every colour at {@code /img/cars/{bodytype}-{colour}.svg}, lower case.
 * All combinations are drawn once, up front, and served with a day's public caching and an ETag.
 */
@Controller
class IllustrationController {

	static final MediaType SVG = MediaType.valueOf("image/svg+xml");
	static final String CACHE_CONTROL = "public, max-age=86400";

	private final Map<String, Drawing> drawings = drawAll();

	@GetMapping("/img/cars/{name}.svg")
	ResponseEntity<byte[]> illustration(@PathVariable String name) {
		Drawing drawing = drawings.get(name);
		if (drawing == null) {
			throw new NotFoundException("No illustration " + name);
		}
		return ResponseEntity.ok()
			.contentType(SVG)
			.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
			.eTag(drawing.etag())
			.body(drawing.svg());
	}

	private static Map<String, Drawing> drawAll() {
		Map<String, Drawing> drawings = new HashMap<>();
		for (BodyType bodyType : BodyType.values()) {
			for (Colour colour : Colour.values()) {
				String name = (bodyType.name() + "-" + colour.name()).toLowerCase(Locale.ROOT);
				drawings.put(name, Drawing.of(CarIllustration.svg(bodyType, colour)));
			}
		}
		return Map.copyOf(drawings);
	}

	/** One drawing as served: the SVG bytes and a strong ETag derived from them. */
	private record Drawing(byte[] svg, String etag) {

		static Drawing of(String svg) {
			byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
			return new Drawing(bytes, "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 16) + "\"");
		}

		private static byte[] sha256(byte[] bytes) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(bytes);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
			}
		}
	}
}

package org.clearlot.simulator.cli;

import java.net.URI;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Where readings go: {@code http(s)://host:port} (the HTTP API), {@code tcp://host:port} (GB/T 32960), or
 * {@code none} (simulate only, print the truth).
 */
record Target(Kind kind, URI uri) {

	enum Kind {
		HTTP, TCP, NONE
	}

	static Target parse(String text) {
		if (text.equalsIgnoreCase("none")) {
			return new Target(Kind.NONE, null);
		}
		URI uri = URI.create(text.strip());
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		return switch (scheme) {
			case "http", "https" -> new Target(Kind.HTTP, uri);
			case "tcp" -> {
				if (uri.getHost() == null || uri.getPort() < 0) {
					throw new TypeConversionException("a tcp target needs a host and a port: " + text);
				}
				yield new Target(Kind.TCP, uri);
			}
			default -> throw new TypeConversionException("target must be http://…, https://…, tcp://host:port or none: " + text);
		};
	}

	static final class Converter implements ITypeConverter<Target> {
		@Override
		public Target convert(String value) {
			return parse(value);
		}
	}
}

package org.clearlot.catalog.web;

import java.util.Locale;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;

/** Where the drawing of a body type in a colour is served. */
final class Illustrations {

	private Illustrations() {
	}

	static String url(BodyType bodyType, Colour colour) {
		return "/img/cars/" + bodyType.name().toLowerCase(Locale.ROOT) + "-" + colour.name().toLowerCase(Locale.ROOT)
				+ ".svg";
	}
}

package org.clearlot.catalog;

/** Exterior colours, each with the fill used in the car illustration. */
public enum Colour {
	WHITE("#f4f5f7"), BLACK("#22252b"), SILVER("#c3c8cf"), GREY("#7b828c"), RED("#c8312e"), BLUE("#2f5fa8"),
	BROWN("#7a5338"), GREEN("#3f7d58"), YELLOW("#e8b92f"), ORANGE("#e0782c"), GOLD("#c9a55a"), PURPLE("#6b4c9a");

	private final String hex;

	Colour(String hex) {
		this.hex = hex;
	}

	public String hex() {
		return hex;
	}
}

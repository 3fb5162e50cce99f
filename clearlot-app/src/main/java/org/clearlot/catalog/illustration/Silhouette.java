package org.clearlot.catalog.illustration;

import org.clearlot.catalog.BodyType;

/**
 * The side profile of each body type, facing right, as SVG path data in a 400 by 200 view box with the ground at
 * y = 174. Per body type: the upper outline of the body from the rear bumper over the roof to the front bumper (the
 * sill and wheel arches are added from the wheel positions), the side glass, the door shut lines, the door handles,
 * the shoulder highlight, the door mirror, the head and tail lamps and anything peculiar to the type.
 */
enum Silhouette {

	SEDAN("Sedan", new Wheels(110, 300, 22, 150, false), 136,
			"M46 150Q38 150 38 140L38 124Q38 112 50 111L116 106L158 75Q166 68 180 68L232 68Q246 68 256 76L290 102"
					+ "L344 108Q358 110 361 121L363 140Q363 150 353 150",
			"M128 104L162 78Q167 74 178 74L202 74L202 104ZM210 104L210 74L230 74Q242 74 250 81L274 104Z",
			"M206 106L206 150M272 106L270 146M148 106L148 132Q148 144 140 150",
			"M156 113h11M214 113h11", "M46 121L354 123", "M268 106Q266 96 276 95L282 98L280 106Z",
			"M346 110L360 113L362 122L348 121Z", "M40 115L54 113L54 120L40 122Z", ""),

	HATCHBACK("Hatchback", new Wheels(114, 278, 21, 150, false), 136,
			"M76 150Q68 150 68 140L68 112Q68 102 74 96L96 74Q104 66 118 66L204 66Q218 66 228 74L266 101L314 106"
					+ "Q328 108 330 118L332 140Q332 150 322 150",
			"M108 100L124 78Q126 75 132 75L176 75L176 100ZM184 100L184 74L202 74Q214 74 222 80L250 100Z",
			"M180 102L180 150M256 103L254 142M122 102L126 130", "M130 110h10M188 110h10", "M72 118L324 120",
			"M246 102Q244 92 254 91L260 94L258 102Z", "M316 106L328 110L330 118L318 117Z",
			"M69 104L77 98L78 116L69 118Z", ""),

	SUV("SUV", new Wheels(106, 292, 27, 140, true), 126,
			"M50 140Q42 140 42 130L42 80Q42 64 52 60L66 54Q72 52 86 52L232 52Q244 52 252 60L280 88L340 94"
					+ "Q354 96 356 106L358 130Q358 140 348 140",
			"M56 88L58 68Q60 61 68 61L94 60L94 88ZM102 88L102 60L168 60L168 88ZM176 88L176 60L228 60Q238 60 244 66"
					+ "L266 88Z",
			"M172 90L172 140M268 90L266 128M132 90L134 135", "M140 99h11M180 99h11", "M46 104L350 106",
			"M262 90Q260 80 270 79L276 82L274 90Z", "M342 95L354 98L356 106L344 105Z", "M43 84L52 84L52 104L43 104Z",
			"<path d=\"M60 52L64 45L228 45L234 52\" fill=\"none\" stroke=\"#30343a\" stroke-width=\"3.5\""
					+ " stroke-linejoin=\"round\"/>"),

	MPV("MPV", new Wheels(102, 298, 22, 150, false), 134,
			"M46 150Q38 150 38 140L38 70Q38 52 54 50L236 48Q250 48 258 56L302 96L348 104Q360 106 361 116"
					+ "L362 140Q362 150 352 150",
			"M50 94L50 66Q50 58 60 58L118 57L118 94ZM126 94L126 57L196 56L196 94ZM204 94L204 56L236 56Q244 56 250 62"
					+ "L282 94Z",
			"M200 96L200 150M280 96L276 136M134 96L134 150", "M184 106h11M208 106h11", "M42 113L354 115",
			"M276 96Q274 86 284 85L290 88L288 96Z", "M346 103L358 107L360 116L348 115Z",
			"M39 74L46 72L46 110L39 112Z",
			"<path d=\"M54 101L134 101\" stroke=\"#33373d\" stroke-width=\"2.5\" stroke-linecap=\"round\"/>"),

	WAGON("Wagon", new Wheels(110, 298, 22, 150, false), 136,
			"M46 150Q38 150 38 140L38 112Q38 100 44 92L62 74Q68 68 80 68L232 68Q246 68 256 76L290 102L344 108"
					+ "Q358 110 360 121L362 140Q362 150 352 150",
			"M60 104L60 92L76 76Q80 74 88 74L120 74L120 104ZM128 104L128 74L200 74L200 104ZM208 104L208 74L230 74"
					+ "Q242 74 250 81L274 104Z",
			"M204 106L204 150M272 106L270 146M124 106L126 130", "M132 113h11M212 113h11", "M42 121L354 123",
			"M268 106Q266 96 276 95L282 98L280 106Z", "M346 110L359 114L360 122L348 121Z",
			"M39 104L50 102L50 116L39 118Z", ""),

	COUPE("Coupe", new Wheels(112, 298, 23, 150, false), 138,
			"M48 150Q40 150 40 140L40 124Q40 114 52 112L96 108Q126 98 154 86Q172 80 196 80L214 80Q230 80 242 88"
					+ "L282 108L344 113Q358 115 360 125L362 140Q362 150 352 150",
			"M130 106Q150 95 162 90Q172 87 180 87L180 106ZM186 106L186 86L214 86Q226 86 236 93L258 106Z",
			"M174 108L174 150M264 108L262 146", "M184 116h12", "M48 123L352 125",
			"M254 108Q252 98 262 97L268 100L266 108Z", "M344 112L358 116L360 124L346 122Z",
			"M41 117L54 115L54 122L41 124Z", ""),

	PICKUP("Pickup", new Wheels(100, 300, 25, 146, true), 136,
			"M44 146Q36 146 36 136L36 94L146 94L150 60Q152 54 160 54L236 54Q246 54 252 62L284 94L346 100"
					+ "Q358 102 360 112L362 136Q362 146 352 146",
			"M158 90L160 62L200 62L200 90ZM208 90L208 62L234 62Q242 62 248 68L270 90Z",
			"M204 92L204 146M272 94L266 140M156 94L156 146M148 94L148 146M44 98L44 140", "M162 102h11M212 102h11",
			"M40 108L350 110", "M266 92Q264 82 274 81L280 84L278 92Z", "M346 99L358 103L360 112L348 111Z",
			"M37 98L43 98L43 120L37 120Z",
			"<path d=\"M37 94L147 94\" stroke=\"#2c3036\" stroke-width=\"3\" stroke-linecap=\"round\"/>");

	/** Ground line: every tyre touches it. */
	static final int GROUND = 174;

	/**
	 * Wheel centres along x, tyre radius, the height of the sill between the wheels and whether the wheel arches have
	 * dark cladding, as on off-road styled bodies.
	 */
	record Wheels(int rear, int front, int radius, int sill, boolean cladding) {

		int centreY() {
			return GROUND - radius;
		}

		/** The clearance between tyre and wheel arch. */
		int arch() {
			return radius + 5;
		}
	}

	final String label;
	final Wheels wheels;
	final int lowerBody;
	final String top;
	final String glass;
	final String doors;
	final String handles;
	final String shine;
	final String mirror;
	final String headLamp;
	final String tailLamp;
	final String extra;

	Silhouette(String label, Wheels wheels, int lowerBody, String top, String glass, String doors, String handles,
			String shine, String mirror, String headLamp, String tailLamp, String extra) {
		this.label = label;
		this.wheels = wheels;
		this.lowerBody = lowerBody;
		this.top = top;
		this.glass = glass;
		this.doors = doors;
		this.handles = handles;
		this.shine = shine;
		this.mirror = mirror;
		this.headLamp = headLamp;
		this.tailLamp = tailLamp;
		this.extra = extra;
	}

	static Silhouette of(BodyType bodyType) {
		return valueOf(bodyType.name());
	}
}

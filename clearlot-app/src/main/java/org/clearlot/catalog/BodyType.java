package org.clearlot.catalog;

/** Body styles; each has its own illustration. */
public enum BodyType {
	SEDAN, HATCHBACK, SUV, MPV, WAGON, COUPE, PICKUP
}

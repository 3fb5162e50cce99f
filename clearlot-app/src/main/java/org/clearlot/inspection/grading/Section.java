package org.clearlot.inspection.grading;

/** GB/T 30323 technical-condition sections with their item ranges and the points each carries. */
public enum Section {
	BODY(14, 39, 20),
	ENGINE_BAY(40, 49, 20),
	CABIN(50, 64, 10),
	START_UP(65, 74, 20),
	ROAD_TEST(75, 84, 15),
	CHASSIS(85, 92, 15),
	/** Functional parts 93–113: recorded, not scored. */
	FUNCTIONAL(93, 113, 0);

	private final int firstItem;
	private final int lastItem;
	private final int points;

	Section(int firstItem, int lastItem, int points) {
		this.firstItem = firstItem;
		this.lastItem = lastItem;
		this.points = points;
	}

	public int firstItem() {
		return firstItem;
	}

	public int lastItem() {
		return lastItem;
	}

	public int points() {
		return points;
	}

	public boolean contains(int item) {
		return item >= firstItem && item <= lastItem;
	}

	/** The section of an item number 14–113. */
	public static Section of(int item) {
		for (Section section : values()) {
			if (section.contains(item)) {
				return section;
			}
		}
		throw new IllegalArgumentException("No GB/T 30323 item " + item + " (items are 14–113)");
	}
}

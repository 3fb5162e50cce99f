package org.clearlot.inspection.diagram;

import java.util.Locale;
import java.util.Optional;

/** The GB/T 30323-2013 body items 14–39, with their item numbers and English and Simplified Chinese names. */
public enum BodyItem {

	BONNET(14, "Bonnet", "发动机舱盖"),
	LEFT_FRONT_WING(15, "Left front wing", "左前翼子板"),
	RIGHT_FRONT_WING(16, "Right front wing", "右前翼子板"),
	LEFT_REAR_WING(17, "Left rear wing", "左后翼子板"),
	RIGHT_REAR_WING(18, "Right rear wing", "右后翼子板"),
	LEFT_FRONT_DOOR(19, "Left front door", "左前车门"),
	RIGHT_FRONT_DOOR(20, "Right front door", "右前车门"),
	LEFT_REAR_DOOR(21, "Left rear door", "左后车门"),
	RIGHT_REAR_DOOR(22, "Right rear door", "右后车门"),
	BOOT_LID(23, "Boot lid", "行李箱盖"),
	BOOT_INTERIOR(24, "Boot interior", "行李箱内侧"),
	ROOF(25, "Roof", "车顶"),
	FRONT_BUMPER(26, "Front bumper", "前保险杠"),
	REAR_BUMPER(27, "Rear bumper", "后保险杠"),
	LEFT_FRONT_WHEEL(28, "Left front wheel", "左前轮"),
	RIGHT_FRONT_WHEEL(29, "Right front wheel", "右前轮"),
	LEFT_REAR_WHEEL(30, "Left rear wheel", "左后轮"),
	RIGHT_REAR_WHEEL(31, "Right rear wheel", "右后轮"),
	HEADLAMPS(32, "Headlamps", "前大灯"),
	TAIL_LAMPS(33, "Tail lamps", "后尾灯"),
	WINDSCREEN(34, "Windscreen", "前挡风玻璃"),
	REAR_WINDOW(35, "Rear window", "后挡风玻璃"),
	SIDE_WINDOWS(36, "Side windows", "车窗玻璃"),
	LEFT_MIRROR(37, "Left mirror", "左后视镜"),
	RIGHT_MIRROR(38, "Right mirror", "右后视镜"),
	TYRES(39, "Tyres", "轮胎");

	private final int item;
	private final String english;
	private final String chinese;

	BodyItem(int item, String english, String chinese) {
		this.item = item;
		this.english = english;
		this.chinese = chinese;
	}

	/** The body item with this GB/T 30323 number, empty outside 14–39. */
	public static Optional<BodyItem> of(int item) {
		BodyItem[] items = values();
		int index = item - items[0].item;
		return index >= 0 && index < items.length ? Optional.of(items[index]) : Optional.empty();
	}

	/** The GB/T 30323 item number, 14–39. */
	public int item() {
		return item;
	}

	/** The name in Simplified Chinese for a Chinese locale, in English otherwise. */
	public String name(Locale locale) {
		return Wording.chinese(locale) ? chinese : english;
	}
}

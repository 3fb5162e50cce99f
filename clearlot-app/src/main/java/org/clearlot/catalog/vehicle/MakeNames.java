package org.clearlot.catalog.vehicle;

import java.util.Locale;
import java.util.Map;

import org.clearlot.platform.web.SupportedLocales;

/**
 * Chinese names of makes and models sold in China, so that a search for 比亚迪 finds BYD and the UI can show
 * either language. Makes and models not listed here are shown and searched as the dealer entered them.
 */
public final class MakeNames {

	private static final Map<String, String> MAKES = Map.ofEntries(
			Map.entry("BYD", "比亚迪"), Map.entry("Geely", "吉利"), Map.entry("Chery", "奇瑞"), Map.entry("Zeekr", "极氪"),
			Map.entry("Xpeng", "小鹏"), Map.entry("NIO", "蔚来"), Map.entry("Li Auto", "理想"), Map.entry("BAIC", "北汽"),
			Map.entry("Buick", "别克"), Map.entry("Volkswagen", "大众"), Map.entry("Toyota", "丰田"), Map.entry("Honda", "本田"),
			Map.entry("Tesla", "特斯拉"), Map.entry("Nissan", "日产"), Map.entry("Mercedes-Benz", "奔驰"), Map.entry("BMW", "宝马"),
			Map.entry("Audi", "奥迪"), Map.entry("Changan", "长安"), Map.entry("Haval", "哈弗"), Map.entry("Wuling", "五菱"),
			Map.entry("Aito", "问界"), Map.entry("Xiaomi", "小米"), Map.entry("Great Wall", "长城"));

	private static final Map<String, String> MODELS = Map.ofEntries(
			Map.entry("Qin PLUS DM-i", "秦PLUS DM-i"), Map.entry("Qin EV", "秦EV"), Map.entry("Han EV", "汉EV"),
			Map.entry("Han DM-i", "汉DM-i"), Map.entry("Song PLUS DM-i", "宋PLUS DM-i"), Map.entry("Dolphin", "海豚"),
			Map.entry("Seal", "海豹"), Map.entry("Yuan PLUS", "元PLUS"), Map.entry("Tang DM-i", "唐DM-i"),
			Map.entry("Emgrand", "帝豪"), Map.entry("Boyue", "博越"), Map.entry("Xingyue L", "星越L"),
			Map.entry("Geometry A", "几何A"), Map.entry("Tiggo 9", "瑞虎9"), Map.entry("Tiggo 8", "瑞虎8"),
			Map.entry("Arrizo 5", "艾瑞泽5"), Map.entry("Envision", "昂科威"), Map.entry("Regal", "君威"),
			Map.entry("Lavida", "朗逸"), Map.entry("Sagitar", "速腾"), Map.entry("Passat", "帕萨特"),
			Map.entry("Magotan", "迈腾"), Map.entry("Tiguan L", "途观L"), Map.entry("Corolla", "卡罗拉"),
			Map.entry("Camry", "凯美瑞"), Map.entry("RAV4", "荣放"), Map.entry("Highlander", "汉兰达"),
			Map.entry("Civic", "思域"), Map.entry("Accord", "雅阁"), Map.entry("Sylphy", "轩逸"),
			Map.entry("C-Class", "C级"), Map.entry("E-Class", "E级"), Map.entry("3 Series", "3系"),
			Map.entry("CS75 PLUS", "CS75 PLUS"), Map.entry("H6", "H6"), Map.entry("Hongguang MINI EV", "宏光MINIEV"),
			Map.entry("ONE", "理想ONE"), Map.entry("L7", "理想L7"), Map.entry("L9", "理想L9"),
			Map.entry("5 Series", "5系"), Map.entry("X-Trail", "奇骏"), Map.entry("Eado", "逸动"),
			Map.entry("Excelle GT", "英朗GT"), Map.entry("Hongguang S", "宏光S"), Map.entry("GLC", "GLC级"),
			Map.entry("A6L", "奥迪A6L"), Map.entry("A4L", "奥迪A4L"), Map.entry("Q5L", "奥迪Q5L"), Map.entry("GL8", "GL8"),
			Map.entry("Model 3", "Model 3"), Map.entry("Model Y", "Model Y"), Map.entry("CR-V", "CR-V"),
			Map.entry("SU7", "SU7"), Map.entry("M7", "问界M7"), Map.entry("ID.4 CROZZ", "ID.4 CROZZ"),
			Map.entry("Odyssey", "奥德赛"), Map.entry("Hongguang", "宏光"), Map.entry("Poer", "炮"));

	private MakeNames() {
	}

	public static String make(String make, Locale locale) {
		return SupportedLocales.isChinese(locale) ? MAKES.getOrDefault(make, make) : make;
	}

	public static String model(String model, Locale locale) {
		return SupportedLocales.isChinese(locale) ? MODELS.getOrDefault(model, model) : model;
	}

	/** The stored spelling of a make given in any case or in Chinese ("byd", "比亚迪" → "BYD"). */
	public static String canonicalMake(String make) {
		return canonical(make, MAKES);
	}

	/** The stored spelling of a model given in any case or in Chinese ("汉EV" → "Han EV"). */
	public static String canonicalModel(String model) {
		return canonical(model, MODELS);
	}

	private static String canonical(String value, Map<String, String> names) {
		String stripped = value.strip();
		for (Map.Entry<String, String> entry : names.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(stripped) || entry.getValue().equalsIgnoreCase(stripped)) {
				return entry.getKey();
			}
		}
		return stripped;
	}

	/** Every name a searcher might use for this car, in both languages. */
	public static String searchableNames(String make, String model, String trim) {
		return String.join(" ", make, MAKES.getOrDefault(make, ""), model, MODELS.getOrDefault(model, ""),
				trim == null ? "" : trim).strip();
	}
}

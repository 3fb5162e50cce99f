package org.clearlot.platform.geo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cities Clearlot knows. Look-ups accept the pinyin name in any case, with or without the apostrophe
 * ("Xi'an", "xian") or the Chinese name ("西安").
 */
public final class Cities {

	private static final List<City> ALL = List.of(
			new City("Beijing", "北京", "Beijing", "北京市"),
			new City("Shanghai", "上海", "Shanghai", "上海市"),
			new City("Tianjin", "天津", "Tianjin", "天津市"),
			new City("Chongqing", "重庆", "Chongqing", "重庆市"),
			new City("Guangzhou", "广州", "Guangdong", "广东省"),
			new City("Shenzhen", "深圳", "Guangdong", "广东省"),
			new City("Dongguan", "东莞", "Guangdong", "广东省"),
			new City("Foshan", "佛山", "Guangdong", "广东省"),
			new City("Hangzhou", "杭州", "Zhejiang", "浙江省"),
			new City("Ningbo", "宁波", "Zhejiang", "浙江省"),
			new City("Nanjing", "南京", "Jiangsu", "江苏省"),
			new City("Suzhou", "苏州", "Jiangsu", "江苏省"),
			new City("Wuxi", "无锡", "Jiangsu", "江苏省"),
			new City("Wuhan", "武汉", "Hubei", "湖北省"),
			new City("Changsha", "长沙", "Hunan", "湖南省"),
			new City("Chengdu", "成都", "Sichuan", "四川省"),
			new City("Xi'an", "西安", "Shaanxi", "陕西省"),
			new City("Zhengzhou", "郑州", "Henan", "河南省"),
			new City("Jinan", "济南", "Shandong", "山东省"),
			new City("Qingdao", "青岛", "Shandong", "山东省"),
			new City("Shenyang", "沈阳", "Liaoning", "辽宁省"),
			new City("Dalian", "大连", "Liaoning", "辽宁省"),
			new City("Harbin", "哈尔滨", "Heilongjiang", "黑龙江省"),
			new City("Changchun", "长春", "Jilin", "吉林省"),
			new City("Shijiazhuang", "石家庄", "Hebei", "河北省"),
			new City("Taiyuan", "太原", "Shanxi", "山西省"),
			new City("Hefei", "合肥", "Anhui", "安徽省"),
			new City("Nanchang", "南昌", "Jiangxi", "江西省"),
			new City("Fuzhou", "福州", "Fujian", "福建省"),
			new City("Xiamen", "厦门", "Fujian", "福建省"),
			new City("Kunming", "昆明", "Yunnan", "云南省"),
			new City("Guiyang", "贵阳", "Guizhou", "贵州省"),
			new City("Nanning", "南宁", "Guangxi", "广西壮族自治区"),
			new City("Haikou", "海口", "Hainan", "海南省"),
			new City("Lanzhou", "兰州", "Gansu", "甘肃省"),
			new City("Hohhot", "呼和浩特", "Inner Mongolia", "内蒙古自治区"),
			new City("Urumqi", "乌鲁木齐", "Xinjiang", "新疆维吾尔自治区"));

	private static final Map<String, City> BY_KEY = new HashMap<>();

	static {
		for (City city : ALL) {
			BY_KEY.put(key(city.id()), city);
			BY_KEY.put(key(city.nameZh()), city);
			BY_KEY.put(key(city.nameZh() + "市"), city);
		}
	}

	private Cities() {
	}

	public static List<City> all() {
		return ALL;
	}

	public static Optional<City> find(String idOrName) {
		if (idOrName == null || idOrName.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(BY_KEY.get(key(idOrName)));
	}

	/** The city's display name in the given locale, or the raw value when it is not a known city. */
	public static String displayName(String id, Locale locale) {
		return find(id).map(city -> city.displayName(locale)).orElse(id);
	}

	private static String key(String value) {
		String folded = Normalizer.normalize(value.trim(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return folded.replace("'", "").replace("’", "").replace(" ", "");
	}
}

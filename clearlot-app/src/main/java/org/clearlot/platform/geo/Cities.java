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

	/** Pinyin name, Chinese name, province in both languages, and the city centre's latitude and longitude. */
	private static final List<City> ALL = List.of(
			new City("Beijing", "北京", "Beijing", "北京市", 39.90, 116.41),
			new City("Shanghai", "上海", "Shanghai", "上海市", 31.23, 121.47),
			new City("Tianjin", "天津", "Tianjin", "天津市", 39.13, 117.20),
			new City("Chongqing", "重庆", "Chongqing", "重庆市", 29.56, 106.55),
			new City("Guangzhou", "广州", "Guangdong", "广东省", 23.13, 113.26),
			new City("Shenzhen", "深圳", "Guangdong", "广东省", 22.54, 114.06),
			new City("Dongguan", "东莞", "Guangdong", "广东省", 23.02, 113.75),
			new City("Foshan", "佛山", "Guangdong", "广东省", 23.02, 113.12),
			new City("Hangzhou", "杭州", "Zhejiang", "浙江省", 30.27, 120.15),
			new City("Ningbo", "宁波", "Zhejiang", "浙江省", 29.87, 121.55),
			new City("Nanjing", "南京", "Jiangsu", "江苏省", 32.06, 118.80),
			new City("Suzhou", "苏州", "Jiangsu", "江苏省", 31.30, 120.59),
			new City("Wuxi", "无锡", "Jiangsu", "江苏省", 31.49, 120.31),
			new City("Wuhan", "武汉", "Hubei", "湖北省", 30.59, 114.31),
			new City("Changsha", "长沙", "Hunan", "湖南省", 28.23, 112.94),
			new City("Chengdu", "成都", "Sichuan", "四川省", 30.57, 104.07),
			new City("Xi'an", "西安", "Shaanxi", "陕西省", 34.34, 108.94),
			new City("Zhengzhou", "郑州", "Henan", "河南省", 34.75, 113.63),
			new City("Jinan", "济南", "Shandong", "山东省", 36.65, 117.12),
			new City("Qingdao", "青岛", "Shandong", "山东省", 36.07, 120.38),
			new City("Shenyang", "沈阳", "Liaoning", "辽宁省", 41.81, 123.43),
			new City("Dalian", "大连", "Liaoning", "辽宁省", 38.91, 121.61),
			new City("Harbin", "哈尔滨", "Heilongjiang", "黑龙江省", 45.80, 126.53),
			new City("Changchun", "长春", "Jilin", "吉林省", 43.82, 125.32),
			new City("Shijiazhuang", "石家庄", "Hebei", "河北省", 38.04, 114.51),
			new City("Taiyuan", "太原", "Shanxi", "山西省", 37.87, 112.55),
			new City("Hefei", "合肥", "Anhui", "安徽省", 31.82, 117.23),
			new City("Nanchang", "南昌", "Jiangxi", "江西省", 28.68, 115.86),
			new City("Fuzhou", "福州", "Fujian", "福建省", 26.07, 119.30),
			new City("Xiamen", "厦门", "Fujian", "福建省", 24.48, 118.09),
			new City("Kunming", "昆明", "Yunnan", "云南省", 25.04, 102.71),
			new City("Guiyang", "贵阳", "Guizhou", "贵州省", 26.65, 106.63),
			new City("Nanning", "南宁", "Guangxi", "广西壮族自治区", 22.82, 108.37),
			new City("Haikou", "海口", "Hainan", "海南省", 20.04, 110.20),
			new City("Lanzhou", "兰州", "Gansu", "甘肃省", 36.06, 103.83),
			new City("Hohhot", "呼和浩特", "Inner Mongolia", "内蒙古自治区", 40.84, 111.75),
			new City("Urumqi", "乌鲁木齐", "Xinjiang", "新疆维吾尔自治区", 43.83, 87.62),
			new City("Quanzhou", "泉州", "Fujian", "福建省", 24.87, 118.68),
			new City("Nantong", "南通", "Jiangsu", "江苏省", 31.98, 120.89),
			new City("Changzhou", "常州", "Jiangsu", "江苏省", 31.81, 119.97),
			new City("Xuzhou", "徐州", "Jiangsu", "江苏省", 34.26, 117.18),
			new City("Yangzhou", "扬州", "Jiangsu", "江苏省", 32.39, 119.41),
			new City("Yancheng", "盐城", "Jiangsu", "江苏省", 33.35, 120.16),
			new City("Wenzhou", "温州", "Zhejiang", "浙江省", 28.00, 120.70),
			new City("Shaoxing", "绍兴", "Zhejiang", "浙江省", 30.00, 120.58),
			new City("Jiaxing", "嘉兴", "Zhejiang", "浙江省", 30.75, 120.76),
			new City("Jinhua", "金华", "Zhejiang", "浙江省", 29.08, 119.65),
			new City("Zhuhai", "珠海", "Guangdong", "广东省", 22.27, 113.58),
			new City("Huizhou", "惠州", "Guangdong", "广东省", 23.11, 114.42),
			new City("Zhongshan", "中山", "Guangdong", "广东省", 22.52, 113.39),
			new City("Yantai", "烟台", "Shandong", "山东省", 37.46, 121.45),
			new City("Weifang", "潍坊", "Shandong", "山东省", 36.71, 119.16),
			new City("Zibo", "淄博", "Shandong", "山东省", 36.81, 118.05),
			new City("Linyi", "临沂", "Shandong", "山东省", 35.10, 118.36),
			new City("Jining", "济宁", "Shandong", "山东省", 35.41, 116.59),
			new City("Tangshan", "唐山", "Hebei", "河北省", 39.63, 118.18),
			new City("Baoding", "保定", "Hebei", "河北省", 38.87, 115.46),
			new City("Langfang", "廊坊", "Hebei", "河北省", 39.54, 116.68),
			new City("Handan", "邯郸", "Hebei", "河北省", 36.63, 114.54),
			new City("Luoyang", "洛阳", "Henan", "河南省", 34.62, 112.45),
			new City("Wuhu", "芜湖", "Anhui", "安徽省", 31.35, 118.43),
			new City("Xiangyang", "襄阳", "Hubei", "湖北省", 32.01, 112.12),
			new City("Yichang", "宜昌", "Hubei", "湖北省", 30.69, 111.29),
			new City("Mianyang", "绵阳", "Sichuan", "四川省", 31.47, 104.68),
			new City("Zunyi", "遵义", "Guizhou", "贵州省", 27.73, 106.93),
			new City("Ganzhou", "赣州", "Jiangxi", "江西省", 25.83, 114.93),
			new City("Sanya", "三亚", "Hainan", "海南省", 18.25, 109.51),
			new City("Ordos", "鄂尔多斯", "Inner Mongolia", "内蒙古自治区", 39.61, 109.78),
			new City("Baotou", "包头", "Inner Mongolia", "内蒙古自治区", 40.66, 109.84),
			new City("Yinchuan", "银川", "Ningxia", "宁夏回族自治区", 38.49, 106.23),
			new City("Xining", "西宁", "Qinghai", "青海省", 36.62, 101.78),
			new City("Lhasa", "拉萨", "Tibet", "西藏自治区", 29.65, 91.12));

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

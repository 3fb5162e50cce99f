package org.clearlot.demo;

import static org.clearlot.demo.DemoOrganization.Focus.BRAND;
import static org.clearlot.demo.DemoOrganization.Focus.GENERAL;
import static org.clearlot.demo.DemoOrganization.Focus.NEW_ENERGY;
import static org.clearlot.demo.DemoOrganization.Focus.PREMIUM;
import static org.clearlot.identity.OrganizationKind.CPO_PROGRAMME;
import static org.clearlot.identity.OrganizationKind.DEALER;
import static org.clearlot.identity.OrganizationKind.INSPECTION_AGENCY;
import static org.clearlot.identity.OrganizationKind.RECYCLER;

import java.util.List;

import org.clearlot.demo.DemoOrganization.Focus;
import org.clearlot.identity.OrganizationKind;

/**
 * The demo market's organizations: local dealers in most large cities, three chains with stores in several
 * cities, three brands' certified pre-owned programmes, one appraisal agency and one battery recycler. The first
 * dealer (Wuhan) is demo-dealer's, the second (Shanghai) demo-dealer2's.
 */
final class DemoOrganizations {

	static final List<DemoOrganization> ALL = List.of(
			dealer("jiangcheng", "Jiangcheng Motors", "江城汽车", 4.3, GENERAL, "Wuhan"),
			dealer("pujiang", "Pujiang Auto Trading", "浦江汽车贸易", 4.5, GENERAL, "Shanghai", "Suzhou"),
			dealer("cheyi", "Cheyi Select", "车易优选", 12, GENERAL, "Beijing", "Shanghai", "Guangzhou", "Shenzhen",
					"Chengdu", "Hangzhou", "Wuhan", "Xi'an", "Nanjing", "Chongqing", "Tianjin", "Zhengzhou", "Changsha",
					"Jinan", "Shenyang", "Kunming", "Hefei", "Qingdao"),
			dealer("huanan", "South China Auto Hub", "华南车汇", 7, GENERAL, "Guangzhou", "Shenzhen", "Dongguan",
					"Foshan", "Xiamen", "Fuzhou", "Nanning", "Haikou"),
			dealer("beifang", "Northland Auto City", "北方车城", 5, GENERAL, "Shenyang", "Dalian", "Harbin",
					"Changchun", "Hohhot"),
			dealer("silu", "Silk Road Motors", "丝路汽车", 4, GENERAL, "Xi'an", "Lanzhou", "Urumqi", "Taiyuan"),
			dealer("jinghua", "Jinghua Premium Motors", "京华名车", 3.5, PREMIUM, "Beijing"),
			dealer("haihe", "Haihe Auto Trade", "海河汽车贸易", 3, GENERAL, "Tianjin"),
			dealer("shancheng", "Shancheng Used Cars", "山城二手车", 3.5, GENERAL, "Chongqing"),
			dealer("pengcheng", "Pengcheng EV Centre", "鹏城新能源车行", 4, NEW_ENERGY, "Shenzhen"),
			dealer("qiantang", "Qiantang New Energy Motors", "钱塘新能源汽车", 3.5, NEW_ENERGY, "Hangzhou"),
			dealer("yongjiang", "Yongjiang Auto", "甬江汽车", 2.5, GENERAL, "Ningbo"),
			dealer("jinling", "Jinling Motors", "金陵汽车", 3, GENERAL, "Nanjing"),
			dealer("gusu", "Gusu Auto Trading", "姑苏汽车贸易", 2.5, GENERAL, "Suzhou"),
			dealer("taihu", "Taihu Motors", "太湖汽车", 2, GENERAL, "Wuxi"),
			dealer("xiangjiang", "Xiangjiang Auto", "湘江汽车", 3, GENERAL, "Changsha"),
			dealer("tianfu", "Tianfu Auto Mall", "天府车城", 4, GENERAL, "Chengdu"),
			dealer("zhongyuan", "Zhongyuan Auto Trade", "中原汽车贸易", 3, GENERAL, "Zhengzhou"),
			dealer("quancheng", "Quancheng Motors", "泉城汽车", 2.5, GENERAL, "Jinan"),
			dealer("jiaozhouwan", "Jiaozhou Bay Motors", "胶州湾汽车", 2.5, GENERAL, "Qingdao"),
			dealer("yanzhao", "Yanzhao Auto Trade", "燕赵汽车贸易", 2, GENERAL, "Shijiazhuang"),
			dealer("luzhou", "Luzhou Motors", "庐州汽车", 2.5, GENERAL, "Hefei"),
			dealer("hongcheng", "Hongcheng Auto", "洪城汽车", 2, GENERAL, "Nanchang"),
			dealer("chuncheng", "Chuncheng Motors", "春城汽车", 2.5, GENERAL, "Kunming"),
			dealer("zhucheng", "Zhucheng Auto", "筑城汽车", 2, GENERAL, "Guiyang"),
			dealer("rongcheng", "Rongcheng Motors", "榕城汽车", 2, GENERAL, "Fuzhou"),
			dealer("waitan", "Bund Premium Motors", "外滩名车", 2.5, PREMIUM, "Shanghai"),
			cpo("byd-cpo", "BYD Certified Pre-Owned", "比亚迪官方认证二手车", 4, "BYD", "Shenzhen", "Guangzhou",
					"Shanghai", "Beijing", "Xi'an", "Changsha", "Hefei", "Zhengzhou", "Chengdu"),
			cpo("tesla-cpo", "Tesla Certified Pre-Owned", "特斯拉官方认证二手车", 2.5, "Tesla", "Shanghai", "Beijing",
					"Shenzhen", "Hangzhou", "Chengdu", "Guangzhou"),
			cpo("toyota-cpo", "Toyota Certified Used Vehicles", "丰田认证二手车", 2.5, "Toyota", "Guangzhou", "Tianjin",
					"Chengdu", "Changchun"),
			new DemoOrganization("huace", "Huace Vehicle Appraisal", "华测车辆鉴定", INSPECTION_AGENCY, "Shanghai",
					List.of(), 0, GENERAL, null),
			new DemoOrganization("lvxun", "Greencycle Battery Recovery", "绿循电池回收", RECYCLER, "Hefei", List.of(), 0,
					GENERAL, null));

	/** The organizations that list cars, in order; the first two belong to demo-dealer and demo-dealer2. */
	static final List<DemoOrganization> SELLERS = ALL.stream().filter(DemoOrganization::sells).toList();

	static final DemoOrganization INSPECTION = ALL.stream()
			.filter(org -> org.kind() == INSPECTION_AGENCY).findFirst().orElseThrow();

	static final DemoOrganization RECYCLING = ALL.stream()
			.filter(org -> org.kind() == RECYCLER).findFirst().orElseThrow();

	private DemoOrganizations() {
	}

	private static DemoOrganization dealer(String key, String nameEn, String nameZh, double share, Focus focus,
			String... stores) {
		return seller(key, nameEn, nameZh, DEALER, share, focus, null, stores);
	}

	private static DemoOrganization cpo(String key, String nameEn, String nameZh, double share, String brand,
			String... stores) {
		return seller(key, nameEn, nameZh, CPO_PROGRAMME, share, BRAND, brand, stores);
	}

	private static DemoOrganization seller(String key, String nameEn, String nameZh, OrganizationKind kind,
			double share, Focus focus, String brand, String... stores) {
		return new DemoOrganization(key, nameEn, nameZh, kind, stores[0], List.of(stores), share, focus, brand);
	}
}

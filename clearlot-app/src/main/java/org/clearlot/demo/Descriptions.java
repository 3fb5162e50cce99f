package org.clearlot.demo;

import java.util.ArrayList;
import java.util.List;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.Powertrain;
import org.clearlot.identity.OrganizationKind;

/**
 * Short listing descriptions in Chinese and English, the way dealers write them. They state history and extras,
 * never inspection results: those come from Clearlot's inspection reports, not from the seller's text.
 */
final class Descriptions {

	private static final List<Phrase> OWNERS = List.of(
			new Phrase("一手车", "one owner"),
			new Phrase("一手私家车，非营运", "one private owner, never used commercially"),
			new Phrase("两任车主", "two previous owners"),
			new Phrase("公司名下一手车，非营运", "first owned by a company, never used commercially"));
	private static final List<Phrase> SERVICE = List.of(
			new Phrase("4S店定期保养", "serviced at the dealer on schedule"),
			new Phrase("全程4S保养，记录可查", "full dealer service history, records available"),
			new Phrase("按时保养，保养记录齐全", "maintained on time with complete records"),
			new Phrase("刚做完大保养", "major service just done"));
	private static final List<Phrase> EXTRAS = List.of(
			new Phrase("新换轮胎", "new tyres"),
			new Phrase("新换刹车片", "new brake pads"),
			new Phrase("两把钥匙齐全", "both keys included"),
			new Phrase("内饰干净，无烟车", "clean interior, non-smoker"),
			new Phrase("车主自述无事故", "no accidents according to the owner"),
			new Phrase("原厂倒车影像", "factory reversing camera"),
			new Phrase("加装行车记录仪", "dash cam fitted"));
	private static final List<Phrase> PLUG_IN = List.of(
			new Phrase("随车送家用充电桩", "home charger included"),
			new Phrase("支持直流快充", "supports DC fast charging"),
			new Phrase("充电口和充电线齐全", "charging cable included"));
	private static final List<Phrase> TRADE = List.of(
			new Phrase("支持分期付款", "financing available"),
			new Phrase("可异地交付", "delivery to other cities possible"),
			new Phrase("可预约看车试驾", "viewing and test drive by appointment"),
			new Phrase("手续齐全，随时过户", "papers complete, ready to transfer"));

	private final Dice dice;

	Descriptions(Dice dice) {
		this.dice = dice;
	}

	String describe(ModelSpec model, DemoOrganization seller, EmissionStandard emission, double ageYears) {
		List<Phrase> phrases = new ArrayList<>();
		if (seller.kind() == OrganizationKind.CPO_PROGRAMME) {
			phrases.add(new Phrase("品牌官方认证二手车，可享官方延保",
					"brand certified pre-owned, extended warranty available"));
		}
		if (dice.chance(0.6)) {
			phrases.add(dice.pick(OWNERS));
		}
		if (dice.chance(0.5)) {
			phrases.add(dice.pick(SERVICE));
		}
		if (model.powertrain().hasTractionBattery() && dice.chance(0.6)) {
			phrases.add(dice.chance(0.6) ? batteryWarranty(ageYears) : dice.pick(PLUG_IN));
		}
		else if (model.powertrain() == Powertrain.HEV && dice.chance(0.4)) {
			phrases.add(new Phrase("混动省油，城市通勤省心", "hybrid, low fuel use in city traffic"));
		}
		if (emission == EmissionStandard.CN4) {
			phrases.add(new Phrase("国四排放，外迁请先确认当地政策",
					"China IV: check your city's transfer rules first"));
		}
		else if (emission != EmissionStandard.ZERO_EMISSION && dice.chance(0.2)) {
			phrases.add(transferable(emission));
		}
		if (phrases.size() < 3 && dice.chance(0.5)) {
			phrases.add(dice.pick(EXTRAS));
		}
		if (phrases.isEmpty() || dice.chance(0.25)) {
			phrases.add(dice.pick(TRADE));
		}
		return text(phrases);
	}

	/** China V and better may be registered in any city since 2022-08-01. */
	private static Phrase transferable(EmissionStandard emission) {
		String[] names = switch (emission) {
			case CN5 -> new String[] { "国五", "China V" };
			case CN6 -> new String[] { "国六", "China VI" };
			default -> new String[] { "国六b", "China VI-b" };
		};
		return new Phrase(names[0] + "排放，全国可迁", names[1] + ", can be registered anywhere in China");
	}

	/** Traction batteries carry an eight-year warranty from first registration. */
	private static Phrase batteryWarranty(double ageYears) {
		int left = (int) Math.floor(8 - ageYears);
		if (left >= 1) {
			return new Phrase("电池质保8年，还剩约" + left + "年", "8-year battery warranty, about " + left
					+ (left == 1 ? " year" : " years") + " left");
		}
		return new Phrase("电池已过原厂质保期，价格已考虑",
				"battery is out of its factory warranty, priced accordingly");
	}

	private String text(List<Phrase> phrases) {
		StringBuilder zh = new StringBuilder();
		StringBuilder en = new StringBuilder();
		for (Phrase phrase : phrases) {
			zh.append(zh.isEmpty() ? "" : "，").append(phrase.zh());
			en.append(en.isEmpty() ? "" : ", ").append(phrase.en());
		}
		String english = Character.toUpperCase(en.charAt(0)) + en.substring(1) + ".";
		return dice.chance(0.15) ? zh + "。" : zh + "。" + english;
	}

	/** The same statement in both languages. */
	private record Phrase(String zh, String en) {
	}
}

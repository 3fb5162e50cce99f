package org.clearlot.demo;

import static org.clearlot.catalog.BodyType.HATCHBACK;
import static org.clearlot.catalog.BodyType.MPV;
import static org.clearlot.catalog.BodyType.SEDAN;
import static org.clearlot.catalog.BodyType.SUV;
import static org.clearlot.catalog.BodyType.WAGON;
import static org.clearlot.catalog.Powertrain.BEV;
import static org.clearlot.catalog.Powertrain.HEV;
import static org.clearlot.catalog.Powertrain.ICE;
import static org.clearlot.catalog.Powertrain.PHEV;

import java.util.List;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Powertrain;
import org.clearlot.demo.ModelSpec.Pack;
import org.clearlot.demo.ModelSpec.Trim;

/**
 * Real models sold in China, with plausible trims, list prices, drivetrains and battery packs. Prices are the
 * usual guide price in yuan (after purchase subsidies for new-energy cars); pack energy matches the published
 * figure, with the nominal capacity derived from it and the nominal voltage.
 */
final class ModelCatalog {

	private static final String LFP = "LFP";
	private static final String NCM = "NCM";
	// Cell suppliers, as GB/T 34014 manufacturer codes (plausible, not official).
	private static final String CATL = "0RJ";
	private static final String FINDREAMS = "FDB";
	private static final String LG = "LGN";
	private static final String CALB = "0CA";
	private static final String GOTION = "0GX";
	private static final String SK = "SKB";

	static final List<ModelSpec> ALL = List.of(
			// BYD: Blade LFP packs since 2020
			model("BYD", "Qin PLUS DM-i", SEDAN, PHEV, 2021, 2025, "LGX", "CE4C", 'S', 5, 7,
					phev("DM-i 55km Luxury", 119_800, "E_CVT", 1498, 55, pack(8.3, 316.8, LFP, FINDREAMS)).years(2021, 2023),
					phev("DM-i 120km Flagship", 145_800, "E_CVT", 1498, 120, pack(18.3, 316.8, LFP, FINDREAMS)).years(2021, 2023),
					phev("Honor Edition 55km Leading", 79_800, "E_CVT", 1498, 55, pack(8.3, 316.8, LFP, FINDREAMS)).years(2024, 2025),
					phev("Honor Edition 120km Excellence", 99_800, "E_CVT", 1498, 120, pack(18.3, 316.8, LFP, FINDREAMS))
							.years(2024, 2025)),
			model("BYD", "Qin EV", SEDAN, BEV, 2016, 2021, "LGX", "CE4E", 'S', 5, 2.5,
					bev("EV300 Luxury", 169_900, 300, pack(47.5, 489.6, LFP, FINDREAMS)).years(2016, 2017),
					bev("EV450 Smart", 159_900, 400, pack(60.5, 576.0, NCM, FINDREAMS)).years(2018, 2018),
					bev("Pro EV 421km Premium", 149_900, 421, pack(53.1, 403.2, NCM, FINDREAMS)).years(2019, 2021)),
			model("BYD", "Han EV", SEDAN, BEV, 2020, 2025, "LGX", "CE8E", 'S', 5, 3.5,
					bev("506km Standard", 229_800, 506, pack(64.8, 550.4, LFP, FINDREAMS)),
					bev("605km Flagship", 279_500, 605, pack(76.9, 550.4, LFP, FINDREAMS)).years(2020, 2022),
					bev("AWD Performance", 289_500, 550, pack(76.9, 550.4, LFP, FINDREAMS)).years(2020, 2023),
					bev("610km Flagship", 249_800, 610, pack(72.96, 550.4, LFP, FINDREAMS)).years(2023, 2025),
					bev("715km Premium", 289_800, 715, pack(85.4, 582.4, LFP, FINDREAMS)).years(2022, 2025)),
			model("BYD", "Han DM-i", SEDAN, PHEV, 2022, 2025, "LGX", "CE8D", 'S', 5, 1.5,
					phev("121km Premium", 189_800, "E_CVT", 1497, 121, pack(18.3, 316.8, LFP, FINDREAMS)),
					phev("242km Flagship", 219_800, "E_CVT", 1497, 242, pack(37.5, 550.4, LFP, FINDREAMS))),
			model("BYD", "Song PLUS DM-i", SUV, PHEV, 2021, 2025, "LGX", "CS4D", 'X', 5, 6,
					phev("51km Flagship", 154_800, "E_CVT", 1498, 51, pack(8.3, 316.8, LFP, FINDREAMS)).years(2021, 2023),
					phev("110km Flagship PLUS", 169_800, "E_CVT", 1498, 110, pack(18.3, 316.8, LFP, FINDREAMS)).years(2021, 2023),
					phev("Champion Edition 110km Flagship", 159_800, "E_CVT", 1498, 110, pack(18.3, 316.8, LFP, FINDREAMS))
							.years(2023, 2025),
					phev("Honor Edition 71km", 129_800, "E_CVT", 1498, 71, pack(12.9, 316.8, LFP, FINDREAMS)).years(2024, 2025)),
			model("BYD", "Dolphin", HATCHBACK, BEV, 2021, 2025, "LGX", "HD2E", 'C', 5, 5,
					bev("301km Active", 93_800, 301, pack(30.7, 307.2, LFP, FINDREAMS)).years(2021, 2023),
					bev("405km Fashion", 112_800, 405, pack(44.9, 307.2, LFP, FINDREAMS)).years(2021, 2023),
					bev("420km Free", 116_800, 420, pack(44.9, 307.2, LFP, FINDREAMS)).years(2023, 2025),
					bev("Honor Edition 420km Active", 99_800, 420, pack(44.9, 307.2, LFP, FINDREAMS)).years(2024, 2025)),
			model("BYD", "Seal", SEDAN, BEV, 2022, 2025, "LGX", "CE6E", 'C', 5, 2.5,
					bev("550km Premium", 212_800, 550, pack(61.4, 550.4, LFP, FINDREAMS)),
					bev("700km Long Range", 239_800, 700, pack(82.5, 550.4, LFP, FINDREAMS)),
					bev("AWD Performance", 279_800, 650, pack(82.5, 550.4, LFP, FINDREAMS))),
			model("BYD", "Yuan PLUS", SUV, BEV, 2022, 2025, "LGX", "CS3E", 'C', 5, 3,
					bev("430km Premium", 135_800, 430, pack(49.92, 403.2, LFP, FINDREAMS)).years(2022, 2023),
					bev("510km Flagship", 149_800, 510, pack(60.48, 403.2, LFP, FINDREAMS)),
					bev("Honor Edition 430km", 119_800, 430, pack(49.92, 403.2, LFP, FINDREAMS)).years(2024, 2025)),
			model("BYD", "Tang DM-i", SUV, PHEV, 2022, 2025, "LC0", "CS8D", 'X', 7, 1.5,
					phev("112km Premium", 209_800, "E_CVT", 1497, 112, pack(21.5, 550.4, LFP, FINDREAMS)),
					phev("252km Flagship", 229_800, "E_CVT", 1497, 252, pack(45.8, 550.4, LFP, FINDREAMS))),
			// Geely group
			model("Geely", "Emgrand", SEDAN, ICE, 2012, 2025, "L6T", "7524", 'N', 5, 5,
					ice("1.5L MT Elite", 72_800, "MANUAL", 1498),
					ice("1.5L AT Comfort", 79_800, "AUTOMATIC", 1498).years(2012, 2015),
					ice("1.5L CVT Premium", 84_800, "CVT", 1498).years(2016, 2025),
					ice("1.4T CVT Flagship", 96_800, "CVT", 1398).years(2016, 2021)),
			model("Geely", "Boyue", SUV, ICE, 2016, 2025, "L6T", "7862", 'B', 5, 4,
					ice("2.0L MT Comfort", 98_800, "MANUAL", 1997).years(2016, 2019),
					ice("1.8T 6AT Smart", 135_800, "AUTOMATIC", 1799).years(2016, 2019),
					ice("1.5T 7DCT Premium", 119_800, "DCT", 1477).years(2020, 2025)),
			model("Geely", "Xingyue L", SUV, ICE, 2021, 2025, "L6T", "7942", 'C', 5, 2.5,
					ice("2.0TD Low Power 8AT Premium", 155_700, "AUTOMATIC", 1969),
					ice("2.0TD High Power 8AT Flagship", 185_700, "AUTOMATIC", 1969)),
			model("Geely", "Geometry A", SEDAN, BEV, 2019, 2024, "L6T", "7E4E", 'J', 5, 1.5,
					bev("410km Standard", 150_800, 410, pack(51.9, 350.4, NCM, CATL)).years(2019, 2021),
					bev("500km Pro", 169_800, 500, pack(61.9, 350.4, NCM, CATL)).years(2019, 2021),
					bev("Pro 430km", 139_800, 430, pack(53.0, 352.0, LFP, CATL)).years(2022, 2024)),
			model("Zeekr", "001", WAGON, BEV, 2021, 2025, "L6T", "79ZE", 'N', 5, 2,
					bev("WE 86kWh", 299_000, 526, pack(86.0, 403.2, NCM, CATL)).years(2021, 2023),
					bev("YOU 100kWh", 360_000, 732, pack(100.0, 403.2, NCM, CATL)).years(2022, 2023),
					bev("WE 95kWh", 269_000, 705, pack(95.0, 682.0, NCM, CATL)).years(2024, 2025),
					bev("YOU 100kWh AWD", 299_000, 675, pack(100.0, 682.0, NCM, CATL)).years(2024, 2025)),
			model("Zeekr", "X", SUV, BEV, 2023, 2025, "L6T", "79ZX", 'N', 5, 1.5,
					bev("RWD ME 512km", 199_800, 512, pack(66.0, 400.0, NCM, CATL)),
					bev("RWD YOU 560km", 209_000, 560, pack(66.0, 400.0, NCM, CATL)),
					bev("AWD YOU 4-seat", 229_000, 500, pack(66.0, 400.0, NCM, CATL)).seats(4)),
			// Chery
			model("Chery", "Tiggo 9", SUV, ICE, 2023, 2025, "LVV", "DB21", 'W', 5, 1.5,
					ice("2.0T 7DCT Pro 5-seat", 159_900, "DCT", 1998),
					ice("2.0T 7DCT Max 7-seat", 175_900, "DCT", 1998).seats(7),
					ice("2.0T AWD Ultra 7-seat", 199_900, "DCT", 1998).seats(7)),
			model("Chery", "Tiggo 8", SUV, ICE, 2018, 2025, "LVV", "DB14", 'W', 7, 3.5,
					ice("1.5T 6DCT Comfort", 109_900, "DCT", 1498).years(2018, 2021),
					ice("1.6T 7DCT Premium", 139_900, "DCT", 1598).years(2019, 2025),
					ice("2.0T 7DCT Flagship", 159_900, "DCT", 1998).years(2021, 2025)),
			model("Chery", "Arrizo 5", SEDAN, ICE, 2016, 2025, "LVV", "DA11", 'W', 5, 2.5,
					ice("1.5L MT Comfort", 65_900, "MANUAL", 1497),
					ice("1.5L CVT Premium", 75_900, "CVT", 1497),
					ice("1.5T CVT Flagship", 89_900, "CVT", 1498).years(2017, 2020)),
			// New-energy start-ups and Xiaomi / Seres
			model("Xpeng", "G3", SUV, BEV, 2019, 2023, "LMV", "HFA1", 'Z', 5, 1.5,
					bev("351km Smart", 136_800, 351, pack(47.0, 355.2, NCM, CATL)).years(2019, 2019),
					bev("460 Premium", 159_800, 460, pack(55.9, 355.2, NCM, CATL)).years(2020, 2021),
					bev("G3i 520 Premium", 176_800, 520, pack(66.5, 355.2, NCM, CATL)).years(2021, 2023)),
			model("Xpeng", "P7", SEDAN, BEV, 2020, 2025, "L1N", "SBP7", 'Z', 5, 2.5,
					bev("480 RWD Standard", 229_900, 480, pack(60.2, 345.6, LFP, CATL)).years(2020, 2022),
					bev("586 Long Range", 249_900, 586, pack(70.8, 355.2, NCM, CATL)).years(2020, 2023),
					bev("706 Super Long Range", 269_900, 706, pack(80.9, 355.2, NCM, CATL)).years(2020, 2022),
					bev("P7i 550 Pro", 249_900, 550, pack(64.4, 345.6, LFP, CALB)).years(2023, 2025),
					bev("P7i 702 Max", 279_900, 702, pack(86.2, 355.2, NCM, CALB)).years(2023, 2025)),
			model("NIO", "ES6", SUV, BEV, 2019, 2025, "LJ1", "EEA6", 'H', 5, 2,
					bev("70kWh Performance", 358_000, 430, pack(70.0, 350.4, NCM, CATL)).years(2019, 2020),
					bev("75kWh", 358_000, 465, pack(75.0, 350.4, NCM, CATL)).years(2021, 2025),
					bev("100kWh Signature", 426_000, 610, pack(100.0, 350.4, NCM, CATL)).years(2021, 2025)),
			model("NIO", "ET5", SEDAN, BEV, 2022, 2025, "LJ1", "EEA5", 'H', 5, 1.5,
					bev("75kWh", 328_000, 560, pack(75.0, 350.4, NCM, CATL)),
					bev("100kWh", 386_000, 710, pack(100.0, 350.4, NCM, CATL))),
			model("Li Auto", "ONE", SUV, PHEV, 2019, 2022, "LW4", "33B1", 'C', 6, 2.5,
					phev("2019 Edition", 328_000, "SINGLE_SPEED", 1242, 180, pack(40.5, 350.4, NCM, CATL)).years(2019, 2020),
					phev("2021 Edition", 338_000, "SINGLE_SPEED", 1242, 188, pack(44.5, 350.4, NCM, CATL)).years(2021, 2022)),
			model("Li Auto", "L7", SUV, PHEV, 2023, 2025, "LW4", "33L7", 'C', 5, 2.5,
					phev("Pro", 319_800, "SINGLE_SPEED", 1496, 225, pack(42.8, 350.4, NCM, CATL)),
					phev("Max", 339_800, "SINGLE_SPEED", 1496, 225, pack(42.8, 350.4, NCM, CATL)),
					phev("Ultra", 379_800, "SINGLE_SPEED", 1496, 286, pack(52.3, 350.4, NCM, CATL))),
			model("Li Auto", "L9", SUV, PHEV, 2022, 2025, "LW4", "33L9", 'C', 6, 1.5,
					phev("Max", 459_800, "SINGLE_SPEED", 1496, 215, pack(44.5, 350.4, NCM, CATL)).years(2022, 2022),
					phev("Pro", 429_800, "SINGLE_SPEED", 1496, 215, pack(42.8, 350.4, NCM, CATL)).years(2023, 2025),
					phev("Ultra", 459_800, "SINGLE_SPEED", 1496, 280, pack(52.3, 350.4, NCM, CATL)).years(2023, 2025)),
			model("Aito", "M7", SUV, PHEV, 2022, 2025, "LM8", "F7E2", 'C', 5, 2,
					phev("2WD Comfort 6-seat", 319_800, "SINGLE_SPEED", 1499, 195, pack(40.0, 350.4, LFP, CATL))
							.years(2022, 2023).seats(6),
					phev("Plus 5-seat", 249_800, "SINGLE_SPEED", 1499, 240, pack(40.0, 350.4, LFP, CATL)).years(2023, 2025),
					phev("Ultra 4WD", 279_800, "SINGLE_SPEED", 1499, 210, pack(40.0, 350.4, LFP, CATL)).years(2024, 2025)),
			model("Xiaomi", "SU7", SEDAN, BEV, 2024, 2025, "LXM", "SA1E", 'B', 5, 2,
					bev("Standard RWD", 215_900, 700, pack(73.6, 403.2, LFP, FINDREAMS)),
					bev("Pro", 245_900, 830, pack(94.3, 403.2, NCM, CATL)),
					bev("Max AWD", 299_900, 800, pack(101.0, 726.0, NCM, CATL))),
			model("BAIC", "EV150", HATCHBACK, BEV, 2014, 2016, "LNB", "MDB1", 'B', 5, 0.8,
					bev("Comfort", 139_900, 150, pack(25.6, 332.0, NCM, SK)),
					bev("Luxury", 152_900, 150, pack(25.6, 332.0, NCM, SK))),
			model("BAIC", "EU5", SEDAN, BEV, 2018, 2022, "LNB", "SDE5", 'B', 5, 1.5,
					bev("R500 Smart", 129_900, 416, pack(53.6, 345.6, NCM, CATL)),
					bev("R600 Premium", 159_900, 501, pack(60.2, 345.6, NCM, CATL)).years(2019, 2022)),
			model("Wuling", "Hongguang MINI EV", HATCHBACK, BEV, 2020, 2025, "LZW", "ACA1", 'L', 4, 3,
					bev("120km Lite", 28_800, 120, pack(9.3, 96.0, LFP, GOTION)),
					bev("170km Macaron", 37_600, 170, pack(13.9, 96.0, LFP, GOTION)).years(2021, 2025),
					bev("215km Macaron", 49_900, 215, pack(17.3, 96.0, LFP, GOTION)).years(2023, 2025)),
			model("Wuling", "Hongguang S", MPV, ICE, 2013, 2022, "LZW", "ACP3", 'L', 7, 2,
					ice("1.5L MT Basic", 52_800, "MANUAL", 1485),
					ice("1.5L MT Comfort", 57_800, "MANUAL", 1485)),
			// SAIC-GM Buick
			model("Buick", "Envision", SUV, ICE, 2014, 2025, "LSG", "XE83", 'S', 5, 3,
					ice("20T 2WD Premium", 249_900, "AUTOMATIC", 1998).years(2014, 2019),
					ice("28T 4WD Flagship", 309_900, "AUTOMATIC", 1998).years(2014, 2019),
					ice("20T 9AT Luxury", 240_000, "AUTOMATIC", 1998).years(2020, 2025)),
			model("Buick", "Regal", SEDAN, ICE, 2012, 2023, "LSG", "GA54", 'S', 5, 2,
					ice("2.0T Elite", 189_900, "AUTOMATIC", 1998).years(2012, 2016),
					ice("1.5T 7DCT Elite", 179_900, "DCT", 1490).years(2017, 2023),
					ice("20T 9AT Premium", 199_900, "AUTOMATIC", 1998).years(2017, 2023)),
			model("Buick", "Excelle GT", SEDAN, ICE, 2012, 2022, "LSG", "JA52", 'S', 5, 3,
					ice("1.6L AT Comfort", 122_900, "AUTOMATIC", 1598).years(2012, 2014),
					ice("1.5L AT Elite", 119_900, "AUTOMATIC", 1490).years(2015, 2022),
					ice("1.3T 7DCT Premium", 129_900, "DCT", 1341).years(2018, 2022)),
			model("Buick", "GL8", MPV, ICE, 2012, 2025, "LSG", "UA86", 'S', 7, 2.5,
					ice("2.4L Business", 249_900, "AUTOMATIC", 2384).years(2012, 2016),
					ice("Business 653T", 259_900, "AUTOMATIC", 1998).years(2017, 2025),
					ice("ES 28T Luxury", 329_900, "AUTOMATIC", 1998).years(2017, 2025)),
			// Volkswagen: SAIC-VW (LSV) and FAW-VW (LFV)
			model("Volkswagen", "Lavida", SEDAN, ICE, 2012, 2025, "LSV", "AA6C", 'A', 5, 7,
					ice("1.6L MT Fashion", 117_900, "MANUAL", 1598).years(2012, 2017),
					ice("1.6L AT Comfort", 131_900, "AUTOMATIC", 1598).years(2012, 2017),
					ice("1.4T DSG Premium", 150_900, "DCT", 1395).years(2013, 2019),
					ice("1.5L 6AT Comfort", 119_900, "AUTOMATIC", 1498).years(2018, 2025),
					ice("280TSI DSG Premium", 139_900, "DCT", 1395).years(2020, 2025)),
			model("Volkswagen", "Sagitar", SEDAN, ICE, 2012, 2025, "LFV", "2A21", '7', 5, 4.5,
					ice("1.6L AT Comfort", 149_800, "AUTOMATIC", 1598).years(2012, 2018),
					ice("230TSI DSG Premium", 164_800, "DCT", 1395).years(2012, 2019),
					ice("1.5L AT Comfort", 128_800, "AUTOMATIC", 1498).years(2019, 2025),
					ice("280TSI DSG Premium", 155_900, "DCT", 1395).years(2019, 2025)),
			model("Volkswagen", "Passat", SEDAN, ICE, 2012, 2025, "LSV", "AE63", 'A', 5, 3,
					ice("1.8TSI DSG Luxury", 209_900, "DCT", 1798).years(2012, 2016),
					ice("280TSI DSG Business", 189_900, "DCT", 1395).years(2017, 2025),
					ice("330TSI DSG Premium", 222_900, "DCT", 1984).years(2016, 2025)),
			model("Volkswagen", "Magotan", SEDAN, ICE, 2012, 2025, "LFV", "3A23", '7', 5, 3,
					ice("1.8TSI DSG Comfort", 199_800, "DCT", 1798).years(2012, 2016),
					ice("330TSI DSG Premium", 226_900, "DCT", 1984).years(2017, 2025),
					ice("380TSI DSG Flagship", 259_900, "DCT", 1984).years(2017, 2025)),
			model("Volkswagen", "Tiguan L", SUV, ICE, 2017, 2025, "LSV", "UA5N", 'A', 5, 3,
					ice("280TSI DSG 2WD Comfort", 224_800, "DCT", 1395).years(2017, 2020),
					ice("330TSI DSG 2WD Premium", 239_800, "DCT", 1984),
					ice("380TSI 4MOTION Flagship", 299_800, "DCT", 1984)),
			model("Volkswagen", "ID.4 CROZZ", SUV, BEV, 2021, 2025, "LFV", "3E24", '7', 5, 1.5,
					bev("Pure+ 425km", 199_900, 425, pack(55.7, 352.0, NCM, CATL)),
					bev("Prime AWD 519km", 272_800, 519, pack(84.8, 352.0, NCM, CATL)).years(2021, 2023),
					bev("Pro 600km", 219_900, 600, pack(84.8, 352.0, NCM, CATL)).years(2022, 2025)),
			// Toyota: FAW Toyota (LFM) and GAC Toyota (LVG)
			model("Toyota", "Corolla", SEDAN, ICE, 2012, 2025, "LFM", "AR1E", '2', 5, 5,
					ice("1.6L MT GL", 117_800, "MANUAL", 1598).years(2012, 2016),
					ice("1.6L CVT GL", 135_800, "CVT", 1598).years(2012, 2018),
					ice("1.2T CVT GL-i", 133_800, "CVT", 1197).years(2017, 2021),
					ice("1.5L CVT Pioneer", 119_800, "CVT", 1490).years(2022, 2025)),
			model("Toyota", "Corolla", SEDAN, HEV, 2016, 2025, "LFM", "AR1H", '2', 5, 2.5,
					hev("1.8L Hybrid Pioneer", 139_800, "E_CVT", 1798),
					hev("1.8L Hybrid Elite", 152_800, "E_CVT", 1798).years(2019, 2025)),
			model("Toyota", "Camry", SEDAN, ICE, 2012, 2025, "LVG", "C7FK", '0', 5, 3.5,
					ice("2.0G Deluxe", 199_800, "AUTOMATIC", 1998).years(2012, 2017),
					ice("2.5G Premium", 229_800, "AUTOMATIC", 2494).years(2012, 2017),
					ice("2.0G CVT Deluxe", 179_800, "CVT", 1987).years(2018, 2025),
					ice("2.5S Sport", 219_800, "AUTOMATIC", 2487).years(2018, 2025)),
			model("Toyota", "Camry", SEDAN, HEV, 2012, 2025, "LVG", "C7FH", '0', 5, 2,
					hev("2.5HQ Hybrid Flagship", 269_800, "E_CVT", 2494).years(2012, 2017),
					hev("2.5HG Hybrid Deluxe", 219_800, "E_CVT", 2487).years(2018, 2025),
					hev("2.5HE Hybrid Elite", 239_800, "E_CVT", 2487).years(2018, 2025)),
			model("Toyota", "RAV4", SUV, ICE, 2013, 2025, "LFM", "J7EV", '2', 5, 2.5,
					ice("2.0L CVT 2WD Urban", 179_800, "CVT", 1987),
					ice("2.5L 4WD Elite", 239_800, "AUTOMATIC", 2494).years(2013, 2019)),
			model("Toyota", "RAV4", SUV, HEV, 2020, 2025, "LFM", "J7EH", '2', 5, 1.2,
					hev("2.5L Hybrid 2WD Elite", 229_800, "E_CVT", 2487),
					hev("2.5L Hybrid E-Four Flagship", 259_800, "E_CVT", 2487)),
			model("Toyota", "Highlander", SUV, ICE, 2012, 2021, "LVG", "G7EU", '0', 7, 1.5,
					ice("2.7L 2WD Elite", 239_800, "AUTOMATIC", 2672).years(2012, 2017),
					ice("2.0T 4WD Premium", 279_800, "AUTOMATIC", 1998).years(2015, 2021)),
			model("Toyota", "Highlander", SUV, HEV, 2022, 2025, "LVG", "G7EH", '0', 7, 1,
					hev("2.5L Hybrid 2WD Premium", 279_800, "E_CVT", 2487),
					hev("2.5L Hybrid E-Four Flagship", 329_800, "E_CVT", 2487)),
			// Honda: GAC Honda (LHG) and Dongfeng Honda (LVH)
			model("Honda", "Civic", SEDAN, ICE, 2016, 2025, "LVH", "FC15", '5', 5, 3,
					ice("220TURBO CVT Comfort", 129_900, "CVT", 1498).years(2016, 2021),
					ice("240TURBO CVT Premium", 149_900, "CVT", 1498).years(2022, 2025)),
			model("Honda", "Accord", SEDAN, ICE, 2012, 2025, "LHG", "CV16", '4', 5, 3,
					ice("2.0L EX", 189_800, "AUTOMATIC", 1997).years(2012, 2017),
					ice("2.4L EXL", 229_800, "AUTOMATIC", 2356).years(2012, 2017),
					ice("260TURBO CVT Elite", 199_800, "CVT", 1498).years(2018, 2025)),
			model("Honda", "Accord", SEDAN, HEV, 2017, 2025, "LHG", "CV3H", '4', 5, 1.2,
					hev("2.0L e:HEV Premium", 219_800, "E_CVT", 1993)),
			model("Honda", "CR-V", SUV, ICE, 2012, 2025, "LVH", "RW18", '5', 5, 3,
					ice("2.0L 2WD Comfort", 199_800, "AUTOMATIC", 1997).years(2012, 2016),
					ice("240TURBO CVT 2WD Comfort", 189_800, "CVT", 1498).years(2017, 2025),
					ice("240TURBO CVT 4WD Premium", 239_800, "CVT", 1498).years(2017, 2025)),
			model("Honda", "CR-V", SUV, HEV, 2018, 2025, "LVH", "RW5H", '5', 5, 1,
					hev("2.0L e:HEV 2WD Premium", 229_800, "E_CVT", 1993)),
			// Tesla Shanghai
			model("Tesla", "Model 3", SEDAN, BEV, 2019, 2025, "LRW", "3E7E", 'C', 5, 4.5,
					bev("Standard Range Plus", 271_550, 445, pack(52.5, 355.2, NCM, LG)).years(2019, 2020),
					bev("Standard Range Plus LFP", 235_900, 468, pack(55.0, 345.6, LFP, CATL)).years(2021, 2021),
					bev("RWD", 231_900, 556, pack(59.86, 346.0, LFP, CATL)).years(2022, 2025),
					bev("Long Range AWD", 309_900, 668, pack(78.4, 355.2, NCM, LG)).years(2020, 2025),
					bev("Performance AWD", 349_900, 605, pack(78.4, 355.2, NCM, LG)).years(2020, 2025)),
			model("Tesla", "Model Y", SUV, BEV, 2021, 2025, "LRW", "YGE2", 'C', 5, 5,
					bev("RWD", 263_900, 545, pack(59.86, 346.0, LFP, CATL)),
					bev("Long Range AWD", 303_900, 660, pack(78.4, 355.2, NCM, LG)),
					bev("Performance", 363_900, 615, pack(78.4, 355.2, NCM, LG))),
			// Dongfeng Nissan
			model("Nissan", "Sylphy", SEDAN, ICE, 2012, 2025, "LGB", "H2B7", '6', 5, 5,
					ice("1.6XE MT", 109_800, "MANUAL", 1598).years(2012, 2019),
					ice("1.6XL CVT Comfort", 129_800, "CVT", 1598),
					ice("Classic 1.6XE CVT", 99_800, "CVT", 1598).years(2016, 2025)),
			model("Nissan", "Sylphy", SEDAN, HEV, 2022, 2025, "LGB", "H2B8", '6', 5, 1,
					hev("e-POWER Premium", 159_900, "SINGLE_SPEED", 1198)),
			model("Nissan", "X-Trail", SUV, ICE, 2014, 2025, "LGB", "H4E3", '6', 5, 2,
					ice("2.0L CVT 2WD Comfort", 181_800, "CVT", 1997).years(2014, 2021),
					ice("2.5L CVT 4WD Premium", 239_800, "CVT", 2488).years(2014, 2021),
					ice("VC-Turbo 300 CVT 2WD", 189_800, "CVT", 1497).years(2022, 2025)),
			// Beijing Benz, BMW Brilliance, FAW Audi
			model("Mercedes-Benz", "C-Class", SEDAN, ICE, 2012, 2025, "LE4", "GF8H", 'L', 5, 3,
					ice("C260 Elegance", 349_800, "AUTOMATIC", 1796).years(2012, 2014),
					ice("C200L", 329_800, "AUTOMATIC", 1991).years(2015, 2021),
					ice("C260L", 359_800, "AUTOMATIC", 1991).years(2015, 2021),
					ice("C200L Sport", 329_800, "AUTOMATIC", 1496).years(2022, 2025),
					ice("C260L 4MATIC", 369_800, "AUTOMATIC", 1496).years(2022, 2025)),
			model("Mercedes-Benz", "E-Class", SEDAN, ICE, 2012, 2025, "LE4", "ZF4J", 'L', 5, 2,
					ice("E260L Elegance", 439_800, "AUTOMATIC", 1796).years(2012, 2015),
					ice("E260L", 447_800, "AUTOMATIC", 1991).years(2016, 2025),
					ice("E300L Luxury", 499_800, "AUTOMATIC", 1991).years(2016, 2025)),
			model("Mercedes-Benz", "GLC", SUV, ICE, 2016, 2025, "LE4", "ZG6K", 'L', 5, 2,
					ice("GLC 260 L 4MATIC", 419_800, "AUTOMATIC", 1991),
					ice("GLC 300 L 4MATIC", 469_800, "AUTOMATIC", 1991)),
			model("BMW", "3 Series", SEDAN, ICE, 2012, 2025, "LBV", "8Y31", 'S', 5, 3.5,
					ice("316Li", 289_000, "AUTOMATIC", 1598).years(2012, 2015),
					ice("320Li M Sport", 319_900, "AUTOMATIC", 1998),
					ice("328Li xDrive", 399_000, "AUTOMATIC", 1997).years(2012, 2018),
					ice("325Li M Sport", 349_900, "AUTOMATIC", 1998).years(2019, 2025)),
			model("BMW", "5 Series", SEDAN, ICE, 2012, 2025, "LBV", "5S51", 'S', 5, 2.5,
					ice("520Li", 389_900, "AUTOMATIC", 1997).years(2012, 2016),
					ice("525Li Luxury", 439_900, "AUTOMATIC", 1998),
					ice("530Li Premium", 499_900, "AUTOMATIC", 1998).years(2017, 2025)),
			model("BMW", "5 Series", SEDAN, PHEV, 2018, 2024, "LBV", "5S5P", 'S', 5, 0.6,
					phev("530Le Luxury", 499_900, "AUTOMATIC", 1998, 61, pack(13.0, 351.4, NCM, CATL))),
			model("BMW", "X3", SUV, ICE, 2018, 2025, "LBV", "TX31", 'S', 5, 2,
					ice("xDrive25i M Sport", 399_900, "AUTOMATIC", 1998),
					ice("xDrive30i Luxury", 459_900, "AUTOMATIC", 1998)),
			model("BMW", "iX3", SUV, BEV, 2020, 2025, "LBV", "TX3E", 'S', 5, 0.8,
					bev("Leading", 399_900, 500, pack(80.0, 345.6, NCM, CATL)),
					bev("Innovation M Sport", 434_900, 550, pack(80.0, 345.6, NCM, CATL)).years(2022, 2025)),
			model("Audi", "A4L", SEDAN, ICE, 2012, 2025, "LFV", "3A28", 'D', 5, 3,
					ice("35 TFSI Fashion", 299_800, "CVT", 1984).years(2012, 2016),
					ice("30 TFSI Premium", 289_800, "DCT", 1395).years(2016, 2019),
					ice("40 TFSI Premium", 321_800, "DCT", 1984).years(2017, 2025),
					ice("45 TFSI quattro", 369_800, "DCT", 1984).years(2017, 2025)),
			model("Audi", "A6L", SEDAN, ICE, 2012, 2025, "LFV", "3A2C", 'D', 5, 2.5,
					ice("35 TFSI Comfort", 409_800, "CVT", 1984).years(2012, 2018),
					ice("40 TFSI Premium", 419_800, "DCT", 1984).years(2019, 2025),
					ice("45 TFSI quattro", 469_800, "DCT", 1984).years(2019, 2025)),
			model("Audi", "Q5L", SUV, ICE, 2018, 2025, "LFV", "3F3Y", 'D', 5, 2,
					ice("40 TFSI Premium", 393_800, "DCT", 1984),
					ice("45 TFSI quattro", 449_800, "DCT", 1984)),
			// Changan, Great Wall
			model("Changan", "CS75 PLUS", SUV, ICE, 2019, 2025, "LS5", "A3DE", 'B', 5, 3,
					ice("1.5T 6AT Premium", 129_900, "AUTOMATIC", 1494),
					ice("2.0T 8AT Flagship", 154_900, "AUTOMATIC", 1998),
					ice("Blue Whale 1.5T 7DCT", 139_900, "DCT", 1494).years(2021, 2025)),
			model("Changan", "Eado", SEDAN, ICE, 2012, 2025, "LS5", "A2BE", 'C', 5, 2.5,
					ice("1.6L MT Comfort", 79_900, "MANUAL", 1598).years(2012, 2018),
					ice("1.6L AT Premium", 89_900, "AUTOMATIC", 1598).years(2012, 2018),
					ice("PLUS 1.6L CVT Comfort", 84_900, "CVT", 1598).years(2019, 2025),
					ice("PLUS 1.4T DCT Premium", 99_900, "DCT", 1399).years(2020, 2025)),
			model("Haval", "H6", SUV, ICE, 2012, 2025, "LGW", "EF6A", 'B', 5, 5,
					ice("1.5T MT Urban", 98_800, "MANUAL", 1497).years(2012, 2017),
					ice("2.0T 6DCT Premium", 139_800, "DCT", 1967).years(2015, 2020),
					ice("1.5T 7DCT Premium", 119_800, "DCT", 1497).years(2017, 2025),
					ice("2.0T 7DCT Flagship", 149_000, "DCT", 1998).years(2021, 2025)));

	private ModelCatalog() {
	}

	private static ModelSpec model(String make, String model, BodyType body, Powertrain powertrain, int firstYear,
			int lastYear, String wmi, String vds, char plant, int seats, double weight, Trim... trims) {
		return new ModelSpec(make, model, body, powertrain, firstYear, lastYear, wmi, vds, plant, seats, weight,
				List.of(trims));
	}

	private static Trim ice(String name, long msrp, String transmission, int displacementMl) {
		return new Trim(name, msrp, transmission, displacementMl, null, null, 0, 9999, null);
	}

	private static Trim hev(String name, long msrp, String transmission, int displacementMl) {
		return ice(name, msrp, transmission, displacementMl);
	}

	private static Trim phev(String name, long msrp, String transmission, int displacementMl, int electricRangeKm,
			Pack pack) {
		return new Trim(name, msrp, transmission, displacementMl, electricRangeKm, pack, 0, 9999, null);
	}

	private static Trim bev(String name, long msrp, int rangeKm, Pack pack) {
		return new Trim(name, msrp, "SINGLE_SPEED", null, rangeKm, pack, 0, 9999, null);
	}

	private static Pack pack(double kWh, double volts, String chemistry, String supplier) {
		return Pack.of(kWh, volts, chemistry, supplier);
	}
}

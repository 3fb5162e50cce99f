package org.clearlot.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the catalog with a synthetic national market straight in SQL (generate_series), fast enough for a million
 * listings: about 70 real make/model/body/powertrain combinations, 37 cities, model years 2012–2025, prices that fall
 * with age, and 95 % of listings on sale. The search index is then built by the caller with the mass indexer.
 */
final class BenchmarkMarket {

	/** make, model, body type, powertrain, new price in yuan. */
	static final String[][] MODELS = {
			{ "BYD", "Qin PLUS DM-i", "SEDAN", "PHEV", "110000" }, { "BYD", "Han EV", "SEDAN", "BEV", "230000" },
			{ "BYD", "Han DM-i", "SEDAN", "PHEV", "210000" }, { "BYD", "Song PLUS DM-i", "SUV", "PHEV", "160000" },
			{ "BYD", "Dolphin", "HATCHBACK", "BEV", "120000" }, { "BYD", "Seal", "SEDAN", "BEV", "200000" },
			{ "BYD", "Yuan PLUS", "SUV", "BEV", "140000" }, { "BYD", "Tang DM-i", "SUV", "PHEV", "250000" },
			{ "BYD", "Qin EV", "SEDAN", "BEV", "150000" }, { "Geely", "Emgrand", "SEDAN", "ICE", "80000" },
			{ "Geely", "Boyue", "SUV", "ICE", "120000" }, { "Geely", "Xingyue L", "SUV", "ICE", "160000" },
			{ "Geely", "Geometry A", "SEDAN", "BEV", "130000" }, { "Chery", "Tiggo 9", "SUV", "ICE", "160000" },
			{ "Chery", "Tiggo 8", "SUV", "ICE", "120000" }, { "Chery", "Arrizo 5", "SEDAN", "ICE", "70000" },
			{ "Zeekr", "X", "SUV", "BEV", "200000" }, { "Zeekr", "001", "WAGON", "BEV", "300000" },
			{ "Xpeng", "G3", "SUV", "BEV", "150000" }, { "Xpeng", "P7", "SEDAN", "BEV", "230000" },
			{ "NIO", "ES6", "SUV", "BEV", "360000" }, { "NIO", "ET5", "SEDAN", "BEV", "300000" },
			{ "Li Auto", "ONE", "SUV", "PHEV", "330000" }, { "Li Auto", "L7", "SUV", "PHEV", "320000" },
			{ "Li Auto", "L9", "SUV", "PHEV", "430000" }, { "BAIC", "EV150", "HATCHBACK", "BEV", "90000" },
			{ "BAIC", "EU5", "SEDAN", "BEV", "130000" }, { "Buick", "Envision", "SUV", "ICE", "220000" },
			{ "Buick", "Regal", "SEDAN", "ICE", "180000" }, { "Buick", "GL8", "MPV", "ICE", "280000" },
			{ "Volkswagen", "Lavida", "SEDAN", "ICE", "110000" }, { "Volkswagen", "Sagitar", "SEDAN", "ICE", "140000" },
			{ "Volkswagen", "Passat", "SEDAN", "ICE", "200000" }, { "Volkswagen", "Magotan", "SEDAN", "ICE", "210000" },
			{ "Volkswagen", "Tiguan L", "SUV", "ICE", "230000" }, { "Volkswagen", "ID.4 CROZZ", "SUV", "BEV", "220000" },
			{ "Toyota", "Corolla", "SEDAN", "ICE", "120000" }, { "Toyota", "Corolla", "SEDAN", "HEV", "140000" },
			{ "Toyota", "Camry", "SEDAN", "HEV", "220000" }, { "Toyota", "RAV4", "SUV", "HEV", "230000" },
			{ "Toyota", "Highlander", "SUV", "ICE", "300000" }, { "Honda", "Civic", "SEDAN", "ICE", "130000" },
			{ "Honda", "Accord", "SEDAN", "HEV", "200000" }, { "Honda", "CR-V", "SUV", "ICE", "190000" },
			{ "Honda", "Odyssey", "MPV", "HEV", "260000" }, { "Tesla", "Model 3", "SEDAN", "BEV", "260000" },
			{ "Tesla", "Model Y", "SUV", "BEV", "290000" }, { "Nissan", "Sylphy", "SEDAN", "ICE", "110000" },
			{ "Nissan", "Sylphy", "SEDAN", "HEV", "130000" }, { "Mercedes-Benz", "C-Class", "SEDAN", "ICE", "330000" },
			{ "Mercedes-Benz", "E-Class", "SEDAN", "ICE", "450000" }, { "BMW", "3 Series", "SEDAN", "ICE", "320000" },
			{ "BMW", "X3", "SUV", "ICE", "400000" }, { "Audi", "A4L", "SEDAN", "ICE", "320000" },
			{ "Audi", "Q5L", "SUV", "ICE", "400000" }, { "Changan", "CS75 PLUS", "SUV", "ICE", "120000" },
			{ "Haval", "H6", "SUV", "ICE", "110000" }, { "Wuling", "Hongguang MINI EV", "HATCHBACK", "BEV", "40000" },
			{ "Wuling", "Hongguang", "MPV", "ICE", "60000" }, { "Great Wall", "Poer", "PICKUP", "ICE", "120000" },
			{ "BMW", "4 Series", "COUPE", "ICE", "420000" }, { "Audi", "A6 Avant", "WAGON", "ICE", "450000" } };

	static final String[] COLOURS = { "WHITE", "WHITE", "WHITE", "BLACK", "BLACK", "SILVER", "GREY", "GREY", "RED", "BLUE", "BROWN", "GREEN" };

	private BenchmarkMarket() {
	}

	static void load(JdbcTemplate jdbc, int listings, List<String> cityIds) {
		UUID organization = UUID.nameUUIDFromBytes("clearlot-benchmark-dealer".getBytes());
		jdbc.execute("SELECT setseed(0.2026)");
		jdbc.execute("CREATE TEMP TABLE bench_models (n INT, make TEXT, model TEXT, body TEXT, powertrain TEXT, msrp BIGINT)");
		List<Object[]> models = new ArrayList<>();
		for (int i = 0; i < MODELS.length; i++) {
			String[] m = MODELS[i];
			models.add(new Object[] { i, m[0], m[1], m[2], m[3], Long.parseLong(m[4]) });
		}
		jdbc.batchUpdate("INSERT INTO bench_models VALUES (?, ?, ?, ?, ?, ?)", models);
		jdbc.execute("CREATE TEMP TABLE bench_cities (n INT, id TEXT)");
		List<Object[]> cities = new ArrayList<>();
		for (int i = 0; i < cityIds.size(); i++) {
			cities.add(new Object[] { i, cityIds.get(i) });
		}
		jdbc.batchUpdate("INSERT INTO bench_cities VALUES (?, ?)", cities);
		jdbc.execute("CREATE TEMP TABLE bench_colours (n INT, colour TEXT)");
		for (int i = 0; i < COLOURS.length; i++) {
			jdbc.update("INSERT INTO bench_colours VALUES (?, ?)", i, COLOURS[i]);
		}
		jdbc.execute("""
				CREATE TEMP TABLE bench_cars AS
				SELECT g AS id,
				       (random() * %d)::int %% %d AS model_n,
				       (random() * %d)::int %% %d AS city_n,
				       (random() * %d)::int %% %d AS colour_n,
				       2025 - least(13, floor(-ln(1 - random()) * 4))::int AS year,
				       random() AS r1, random() AS r2, random() AS r3
				FROM generate_series(1, %d) g""".formatted(MODELS.length, MODELS.length, cityIds.size(), cityIds.size(),
				COLOURS.length, COLOURS.length, listings));
		jdbc.update("""
				INSERT INTO catalog.vehicles (id, vin, make, model, trim, model_year, body_type, colour, powertrain,
				    emission_standard, first_registration_date, registration_city, battery_capacity_ah, battery_voltage_v,
				    battery_chemistry, registered_by_org, created_at)
				SELECT c.id, 'LBENCH' || lpad(c.id::text, 11, '0'), m.make, m.model,
				       (ARRAY['Comfort', 'Premium', 'Flagship', 'Sport', 'Long Range'])[1 + (c.r3 * 4)::int],
				       c.year, m.body, col.colour, m.powertrain,
				       CASE WHEN m.powertrain = 'BEV' THEN 'ZERO_EMISSION' WHEN c.year < 2016 THEN 'CN4'
				            WHEN c.year < 2020 THEN 'CN5' WHEN c.year < 2023 THEN 'CN6' ELSE 'CN6B' END,
				       make_date(least(c.year + (c.r2 < 0.3)::int, 2025), 1 + (c.r1 * 11)::int, 1 + (c.r2 * 27)::int),
				       ci.id,
				       CASE WHEN m.powertrain IN ('PHEV', 'BEV') THEN 150 END,
				       CASE WHEN m.powertrain IN ('PHEV', 'BEV') THEN 400 END,
				       CASE WHEN m.powertrain IN ('PHEV', 'BEV') THEN 'LFP' END,
				       ?, now()
				FROM bench_cars c JOIN bench_models m ON m.n = c.model_n JOIN bench_cities ci ON ci.n = c.city_n
				JOIN bench_colours col ON col.n = c.colour_n""", organization);
		jdbc.update("""
				INSERT INTO catalog.listings (id, vehicle_id, organization_id, price_fen, mileage_km, city, description, status,
				    created_at, updated_at, published_at, version)
				SELECT c.id, c.id, ?,
				       greatest(500000, round(m.msrp * power(CASE WHEN m.powertrain = 'BEV' THEN 0.83 ELSE 0.88 END, 2026 - c.year)
				           * (0.9 + c.r1 * 0.2)) * 100)::bigint / 10000 * 10000,
				       greatest(300, ((2026 - c.year) * (8000 + c.r2 * 14000))::int),
				       ci.id,
				       'Synthetic benchmark listing ' || c.id,
				       CASE WHEN c.r3 < 0.95 THEN 'ACTIVE' WHEN c.r3 < 0.98 THEN 'SOLD' ELSE 'WITHDRAWN' END,
				       now(), now(), now() - (c.r1 * interval '120 days'), 0
				FROM bench_cars c JOIN bench_models m ON m.n = c.model_n JOIN bench_cities ci ON ci.n = c.city_n""",
				organization);
		jdbc.execute("SELECT setval('catalog.vehicle_id_seq', " + (listings + 1000) + ")");
		jdbc.execute("SELECT setval('catalog.listing_id_seq', " + (listings + 1000) + ")");
		jdbc.execute("ANALYZE catalog.vehicles");
		jdbc.execute("ANALYZE catalog.listings");
	}
}

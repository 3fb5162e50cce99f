package org.clearlot.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.NewListing;
import org.clearlot.catalog.NewVehicle;
import org.clearlot.catalog.Powertrain;
import org.clearlot.catalog.Vin;
import org.clearlot.catalog.listing.ListingRules;
import org.clearlot.catalog.vehicle.VehicleRules;
import org.clearlot.platform.geo.Cities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoInventoryGeneratorTests {

	static final long SEED = 20261125L;
	static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
	static final int TOTAL = 2400;

	static Map<String, List<InventoryRow>> inventory;
	static List<InventoryRow> rows;

	@BeforeAll
	static void generate() {
		inventory = DemoInventoryGenerator.generate(SEED, AS_OF, DemoOrganizations.SELLERS, TOTAL);
		rows = inventory.values().stream().flatMap(List::stream).toList();
	}

	@Test
	void isDeterministicForASeed() {
		assertThat(DemoInventoryGenerator.generate(SEED, AS_OF, DemoOrganizations.SELLERS, TOTAL)).isEqualTo(inventory);
		assertThat(DemoInventoryGenerator.generate(SEED + 1, AS_OF, DemoOrganizations.SELLERS, TOTAL))
				.isNotEqualTo(inventory);
	}

	@Test
	void sharesTheRequestedNumberOfRowsAmongTheSellers() {
		assertThat(rows).hasSize(TOTAL).hasSizeGreaterThanOrEqualTo(2000);
		assertThat(inventory.keySet()).containsExactlyElementsOf(
				DemoOrganizations.SELLERS.stream().map(DemoOrganization::key).toList());
		assertThat(inventory.get(DemoOrganizations.SELLERS.get(0).key())).hasSizeBetween(80, 120);
		assertThat(inventory.values()).allSatisfy(lot -> assertThat(lot).isNotEmpty());
		inventory.values().forEach(lot -> {
			for (int i = 0; i < lot.size(); i++) {
				assertThat(lot.get(i).rowNumber()).isEqualTo(i + 1);
			}
		});
	}

	@Test
	void coversAtLeastThirtyKnownCities() {
		Set<String> cities = rows.stream().map(row -> row.listing().city()).collect(Collectors.toSet());
		assertThat(cities).hasSizeGreaterThanOrEqualTo(30);
		assertThat(cities).allSatisfy(city -> assertThat(Cities.find(city)).isPresent());
		long registeredElsewhere = rows.stream()
				.filter(row -> !row.vehicle().registrationCity().equals(row.listing().city())).count();
		assertThat(registeredElsewhere).isBetween(TOTAL / 10L, TOTAL / 4L);
	}

	@Test
	void mixesPowertrainsRoughlyLikeTheMarket() {
		Map<String, Long> counts = rows.stream()
				.collect(Collectors.groupingBy(row -> row.vehicle().powertrain(), Collectors.counting()));
		assertThat(counts.keySet()).containsExactlyInAnyOrder("ICE", "HEV", "PHEV", "BEV");
		assertThat(share(counts, "ICE")).isBetween(0.40, 0.50);
		assertThat(share(counts, "HEV")).isBetween(0.08, 0.16);
		assertThat(share(counts, "PHEV")).isBetween(0.14, 0.22);
		assertThat(share(counts, "BEV")).isBetween(0.20, 0.30);
	}

	@Test
	void publishesAboutNinetyTwoPercent() {
		double published = rows.stream().filter(InventoryRow::publish).count() / (double) TOTAL;
		assertThat(published).isBetween(0.89, 0.95);
		assertThat(inventory.get(DemoOrganizations.SELLERS.get(0).key())).anyMatch(row -> !row.publish());
	}

	@Test
	void everyVinIsValidAndUnique() {
		Set<String> vins = new HashSet<>();
		for (InventoryRow row : rows) {
			assertThat(Vin.problemWith(row.vehicle().vin())).as(row.vehicle().vin()).isEmpty();
			assertThat(row.listing().vin()).isEqualTo(row.vehicle().vin());
			assertThat(row.vehicle().vin().charAt(9)).isEqualTo(VinFactory.yearCode(row.vehicle().year()));
			assertThat(vins.add(row.vehicle().vin())).as("duplicate " + row.vehicle().vin()).isTrue();
		}
	}

	@Test
	void everyRowPassesTheCatalogRules() {
		for (InventoryRow row : rows) {
			NewListing listing = row.listing();
			assertThatCode(() -> VehicleRules.validate(row.vehicle())).as(row.toString()).doesNotThrowAnyException();
			assertThatCode(() -> ListingRules.validate(listing.priceFen(), listing.mileageKm(), listing.city(),
					listing.description())).as(row.toString()).doesNotThrowAnyException();
		}
	}

	@Test
	void batteriesAndEmissionsMatchThePowertrain() {
		for (InventoryRow row : rows) {
			NewVehicle vehicle = row.vehicle();
			Powertrain powertrain = Powertrain.valueOf(vehicle.powertrain());
			EmissionStandard emission = EmissionStandard.valueOf(vehicle.emissionStandard());
			assertThat(emission == EmissionStandard.ZERO_EMISSION).as(vehicle.vin()).isEqualTo(powertrain == Powertrain.BEV);
			assertThat(vehicle.battery() != null).as(vehicle.vin()).isEqualTo(powertrain.hasTractionBattery());
			assertThat(vehicle.rangeKm() != null).isEqualTo(powertrain.hasTractionBattery());
			assertThat(vehicle.displacementMl() != null).isEqualTo(powertrain != Powertrain.BEV);
			LocalDate registered = vehicle.firstRegistrationDate();
			if (powertrain != Powertrain.BEV && registered.isBefore(LocalDate.of(2013, 1, 1))) {
				assertThat(emission).isEqualTo(EmissionStandard.CN4);
			}
			if (powertrain != Powertrain.BEV && registered.isAfter(LocalDate.of(2023, 7, 1))) {
				assertThat(emission).isEqualTo(EmissionStandard.CN6B);
			}
			if (vehicle.battery() != null) {
				String code = vehicle.battery().packCode();
				assertThat(code == null).isEqualTo(registered.isBefore(BatteryCodes.TRACEABILITY_START));
				if (code != null) {
					assertThat(code).matches("[0-9A-Z]{3}P[BE][0-9A-Z]{19}");
				}
			}
		}
	}

	@Test
	void yearsDatesAndMileagesArePlausible() {
		Map<String, List<ModelSpec>> models = ModelCatalog.ALL.stream().collect(Collectors.groupingBy(
				model -> model.make() + "|" + model.model() + "|" + model.powertrain()));
		for (InventoryRow row : rows) {
			NewVehicle vehicle = row.vehicle();
			ModelSpec model = models.get(vehicle.make() + "|" + vehicle.model() + "|" + vehicle.powertrain()).get(0);
			assertThat(vehicle.year()).isBetween(2012, 2025).isBetween(model.firstYear(), model.lastYear());
			assertThat(model.trimsFor(vehicle.year())).anyMatch(trim -> trim.name().equals(vehicle.trim()));
			LocalDate registered = vehicle.firstRegistrationDate();
			assertThat(registered.getYear()).isBetween(vehicle.year(), vehicle.year() + 1);
			assertThat(registered).isBefore(AS_OF);
			double years = ChronoUnit.DAYS.between(registered, AS_OF) / 365.25;
			assertThat(row.listing().mileageKm()).isGreaterThanOrEqualTo(500)
					.isLessThanOrEqualTo((int) (years * 25_000) + 500);
			assertThat(row.listing().description()).isNotBlank().hasSizeLessThan(400);
		}
		double recent = rows.stream().filter(row -> row.vehicle().year() >= 2019).count() / (double) TOTAL;
		assertThat(recent).isGreaterThan(0.6);
	}

	@Test
	void pricesFallWithAgeForTheSameModel() {
		Map<String, List<InventoryRow>> byModel = rows.stream()
				.collect(Collectors.groupingBy(DemoInventoryGeneratorTests::model));
		int checked = 0;
		List<String> rising = new ArrayList<>();
		for (Map.Entry<String, List<InventoryRow>> group : byModel.entrySet()) {
			List<InventoryRow> cars = group.getValue();
			if (cars.size() < 10 || cars.stream().map(row -> row.vehicle().year()).distinct().count() < 3) {
				continue;
			}
			checked++;
			if (slope(cars, row -> (double) row.vehicle().year(), DemoInventoryGeneratorTests::retention) <= 0) {
				rising.add(group.getKey());
			}
		}
		assertThat(checked).isGreaterThan(40);
		assertThat(rising).as("models whose price does not fall with age").hasSizeLessThanOrEqualTo(checked / 20);
		// across the whole market a car keeps roughly 85-92 % of its value from one model year to the next
		double perYear = Math.exp(slope(rows, row -> (double) row.vehicle().year(), row -> Math.log(retention(row))));
		assertThat(perYear).isBetween(1.08, 1.18);
	}

	@Test
	void olderBatteryElectricCarsAreCheap() {
		List<InventoryRow> ev150s = rows.stream().filter(row -> row.vehicle().model().equals("EV150")).toList();
		assertThat(ev150s).isNotEmpty().allSatisfy(row -> assertThat(row.listing().priceFen()).isLessThan(2_000_000L));
	}

	@Test
	void certifiedProgrammesSellTheirOwnBrandOnly() {
		for (DemoOrganization seller : DemoOrganizations.SELLERS) {
			if (seller.brand() != null) {
				assertThat(inventory.get(seller.key())).allSatisfy(row -> {
					assertThat(row.vehicle().make()).isEqualTo(seller.brand());
					assertThat(row.vehicle().year()).isGreaterThanOrEqualTo(AS_OF.getYear() - Assortment.CERTIFIED_MAX_AGE);
				});
			}
			assertThat(inventory.get(seller.key()))
					.allSatisfy(row -> assertThat(seller.stores()).contains(row.listing().city()));
		}
	}

	private static String model(InventoryRow row) {
		return row.vehicle().make() + "|" + row.vehicle().model() + "|" + row.vehicle().powertrain();
	}

	/** The asking price as a share of the trim's list price. */
	private static double retention(InventoryRow row) {
		long msrp = ModelCatalog.ALL.stream()
				.filter(spec -> model(row).equals(spec.make() + "|" + spec.model() + "|" + spec.powertrain()))
				.flatMap(spec -> spec.trims().stream()).filter(trim -> trim.name().equals(row.vehicle().trim()))
				.findFirst().orElseThrow().msrpYuan();
		return row.listing().priceFen() / 100.0 / msrp;
	}

	private static double share(Map<String, Long> counts, String powertrain) {
		return counts.getOrDefault(powertrain, 0L) / (double) TOTAL;
	}

	private static double slope(List<InventoryRow> rows, Function<InventoryRow, Double> x,
			Function<InventoryRow, Double> y) {
		List<Double> xs = new ArrayList<>();
		List<Double> ys = new ArrayList<>();
		rows.forEach(row -> {
			xs.add(x.apply(row));
			ys.add(y.apply(row));
		});
		double meanX = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double meanY = ys.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double covariance = 0;
		double variance = 0;
		for (int i = 0; i < xs.size(); i++) {
			covariance += (xs.get(i) - meanX) * (ys.get(i) - meanY);
			variance += (xs.get(i) - meanX) * (xs.get(i) - meanX);
		}
		return covariance / variance;
	}
}

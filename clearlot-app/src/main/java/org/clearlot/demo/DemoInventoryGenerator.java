package org.clearlot.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clearlot.catalog.Colour;
import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.NewListing;
import org.clearlot.catalog.NewVehicle;
import org.clearlot.demo.Assortment.Choice;
import org.clearlot.demo.ModelSpec.Pack;
import org.clearlot.platform.geo.City;
import org.clearlot.platform.geo.Cities;

/**
 * Generates the demo inventory: pure and deterministic, the same rows for the same seed, sellers, size and day.
 * Cars are registered in their model year or the next, have driven 8,000–22,000 km a year, and are priced by
 * {@link PriceModel}; about 92 % are published, the rest stay drafts.
 */
final class DemoInventoryGenerator {

	static final double PUBLISHED_SHARE = 0.92;

	private static final List<Colour> COLOURS = List.of(Colour.values());
	private static final double[] COLOUR_SHARE = { 32, 22, 11, 13, 6, 8, 2, 2, 1, 1, 1, 1 };
	private static final double[] PLAYFUL_COLOUR_SHARE = { 24, 6, 5, 6, 8, 12, 3, 14, 10, 5, 2, 5 };
	private static final Set<String> PLAYFUL = Set.of("Hongguang MINI EV", "Dolphin");

	private final LocalDate asOf;
	private final Dice dice;
	private final Assortment assortment;
	private final VinFactory vins;
	private final BatteryCodes batteryCodes;
	private final Descriptions descriptions;
	private final PriceModel prices = new PriceModel();

	private DemoInventoryGenerator(long seed, LocalDate asOf, List<DemoOrganization> sellers) {
		this.asOf = asOf;
		this.dice = new Dice(seed);
		this.assortment = new Assortment(dice, asOf.getYear(), sellers);
		this.vins = new VinFactory(dice);
		this.batteryCodes = new BatteryCodes(dice);
		this.descriptions = new Descriptions(dice);
	}

	/**
	 * About {@code total} rows shared among the sellers by their {@link DemoOrganization#share()}, keyed by
	 * organization key in the sellers' order; cars are registered no later than {@code asOf}.
	 */
	static Map<String, List<InventoryRow>> generate(long seed, LocalDate asOf, List<DemoOrganization> sellers,
			int total) {
		DemoInventoryGenerator generator = new DemoInventoryGenerator(seed, asOf, sellers);
		int[] counts = allocate(sellers, total);
		Map<String, List<InventoryRow>> rows = new LinkedHashMap<>();
		for (int i = 0; i < sellers.size(); i++) {
			List<InventoryRow> lot = new ArrayList<>(counts[i]);
			for (int row = 1; row <= counts[i]; row++) {
				lot.add(generator.row(sellers.get(i), row));
			}
			rows.put(sellers.get(i).key(), lot);
		}
		return rows;
	}

	/** Shares {@code total} by weight, largest remainders first, so that the counts add up exactly. */
	static int[] allocate(List<DemoOrganization> sellers, int total) {
		double shares = sellers.stream().mapToDouble(DemoOrganization::share).sum();
		int[] counts = new int[sellers.size()];
		double[] remainders = new double[sellers.size()];
		int given = 0;
		for (int i = 0; i < counts.length; i++) {
			double exact = total * sellers.get(i).share() / shares;
			counts[i] = (int) Math.floor(exact);
			remainders[i] = exact - counts[i];
			given += counts[i];
		}
		for (; given < total; given++) {
			int largest = 0;
			for (int i = 1; i < remainders.length; i++) {
				largest = remainders[i] > remainders[largest] ? i : largest;
			}
			counts[largest]++;
			remainders[largest] = -1;
		}
		return counts;
	}

	private InventoryRow row(DemoOrganization seller, int rowNumber) {
		Choice car = assortment.choose(seller);
		ModelSpec model = car.model();
		String city = dice.pick(seller.stores(), store -> store.equals(seller.homeCity()) ? 2.0 : 1.0);
		String registrationCity = registrationCity(city);
		LocalDate registered = registrationDate(car.year());
		double age = ChronoUnit.DAYS.between(registered, asOf) / 365.25;
		int mileage = mileage(model, age);
		EmissionStandard emission = Emissions.standard(model.powertrain(), registered, registrationCity, dice);
		long priceYuan = prices.askingYuan(model, car.trim(), car.year(), age, mileage, dice.normal(0, 0.025));
		String vin = vins.next(model, car.trimIndex(), car.year());
		Pack pack = car.trim().pack();
		NewVehicle.Battery battery = pack == null ? null
				: new NewVehicle.Battery(pack.capacityAh(), pack.voltageV(), pack.chemistry(),
						batteryCodes.codeFor(pack, registered));
		Integer seats = car.trim().seats() != null ? car.trim().seats() : model.seats();
		NewVehicle vehicle = new NewVehicle(vin, model.make(), model.model(), car.trim().name(), car.year(),
				model.body().name(), colour(model).name(), model.powertrain().name(), emission.name(), registered,
				registrationCity, car.trim().transmission(), car.trim().displacementMl(), seats, car.trim().rangeKm(),
				battery);
		NewListing listing = new NewListing(vin, priceYuan * 100, mileage, city,
				descriptions.describe(model, seller, emission, age));
		return new InventoryRow(rowNumber, vehicle, listing, dice.chance(PUBLISHED_SHARE));
	}

	/** Most cars are registered where they are sold; some moved from elsewhere in the province or the country. */
	private String registrationCity(String listingCity) {
		double roll = dice.uniform(0, 1);
		if (roll < 0.84) {
			return listingCity;
		}
		String province = Cities.find(listingCity).map(City::provinceEn).orElse("");
		List<City> neighbours = Cities.all().stream()
				.filter(city -> city.provinceEn().equals(province) && !city.id().equals(listingCity)).toList();
		if (roll < 0.92 && !neighbours.isEmpty()) {
			return dice.pick(neighbours).id();
		}
		return dice.pick(Cities.all()).id();
	}

	/** A day in the model year (70 %) or the next, at least two weeks before today. */
	private LocalDate registrationDate(int modelYear) {
		int year = dice.chance(0.7) ? modelYear : modelYear + 1;
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		LocalDate latest = asOf.minusDays(14);
		if (last.isAfter(latest)) {
			last = latest.isBefore(first) ? asOf : latest;
			first = first.isAfter(last) ? LocalDate.of(modelYear, 1, 1) : first;
		}
		return first.plusDays(dice.between(0, (int) ChronoUnit.DAYS.between(first, last)));
	}

	private int mileage(ModelSpec model, double age) {
		double perYear = (dice.uniform(8_000, 22_000) + dice.uniform(8_000, 22_000)) / 2;
		if (model.model().equals("Hongguang MINI EV")) {
			perYear *= 0.55; // a town runabout
		}
		return (int) Math.max(500, Math.round(age * perYear * dice.normal(1, 0.06)));
	}

	private Colour colour(ModelSpec model) {
		double[] shares = PLAYFUL.contains(model.model()) ? PLAYFUL_COLOUR_SHARE : COLOUR_SHARE;
		return dice.pick(COLOURS, colour -> colour.ordinal() < shares.length ? shares[colour.ordinal()] : 0);
	}
}

package org.clearlot.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.inspection.InspectionApi;
import org.clearlot.catalog.ImportReport;
import org.clearlot.catalog.ImportReport.RowOutcome;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewAccount;
import org.clearlot.identity.IdentityApi.NewOrganization;
import org.clearlot.identity.OrganizationInfo;
import org.clearlot.identity.OrganizationKind;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo market before the application reports ready: organizations, the five demo accounts (password
 * {@value #PASSWORD}), one staff account with an unguessable password for every other seller, and the generated
 * inventory, several sellers at a time. Runs once: demo-dealer and its lot come last, and demo-dealer's presence
 * means the market exists. Organizations and accounts are looked up before they are created, so a seeding that
 * was interrupted is resumed on the next start (rows imported the first time are then reported as rejected).
 */
@Component
@ConditionalOnProperty(prefix = "clearlot.demo", name = "enabled", havingValue = "true")
class DemoMarketSeeder implements ApplicationRunner {

	static final String PASSWORD = "clearlot-demo";
	static final String BUYER = "demo-buyer";
	static final String DEALER = "demo-dealer";
	static final String DEALER2 = "demo-dealer2";
	static final String INSPECTOR = "demo-inspector";
	static final String ADMIN = "demo-admin";
	static final String TELEMETRY = "demo-telemetry";
	static final String RECYCLER = "demo-recycler";

	private static final Logger log = LoggerFactory.getLogger(DemoMarketSeeder.class);
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final SecureRandom SECURE_RANDOM = new SecureRandom();
	private static final int PARALLEL_LOTS = 4;
	private static final int ROUNDS = 8;

	private final IdentityApi identity;
	private final CatalogApi catalog;
	private final InspectionApi inspections;
	private final DemoProperties properties;
	private final DemoBatteryHistory batteryHistory;
	private volatile boolean resuming;

	DemoMarketSeeder(IdentityApi identity, CatalogApi catalog, InspectionApi inspections, DemoProperties properties,
			DemoBatteryHistory batteryHistory) {
		this.identity = identity;
		this.catalog = catalog;
		this.inspections = inspections;
		this.properties = properties;
		this.batteryHistory = batteryHistory;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (identity.findUserByUsername(DEALER).isPresent()) {
			log.info("Demo market already seeded ({} exists); leaving it as it is", DEALER);
			return;
		}
		seed();
	}

	private void seed() {
		long started = System.nanoTime();
		log.info("Seeding the demo market: {} listings, seed {}", properties.listings(), properties.seed());
		Map<String, OrganizationInfo> organizations = ensureOrganizations();
		account(BUYER, "Demo Buyer 演示买家", Role.BUYER, null, PASSWORD);
		account(ADMIN, "Demo Admin 演示管理员", Role.ADMIN, null, PASSWORD);
		account(INSPECTOR, "Demo Inspector 演示鉴定师", Role.INSPECTOR,
				organizations.get(DemoOrganizations.INSPECTION.key()).id(), PASSWORD);
		account(TELEMETRY, "Demo Telemetry Source 演示车联网数据源", Role.TELEMETRY, null, PASSWORD);
		account(RECYCLER, "Demo Recycler 演示电池回收员", Role.RECYCLER,
				organizations.get(DemoOrganizations.RECYCLING.key()).id(), PASSWORD);
		List<DemoOrganization> sellers = DemoOrganizations.SELLERS;
		Map<String, List<InventoryRow>> inventory = DemoInventoryGenerator.generate(properties.seed(),
				LocalDate.now(CHINA), sellers, Math.max(0, properties.listings()));
		Tally tally = new Tally();
		List<Lot> lots = new ArrayList<>();
		for (int i = 0; i < sellers.size(); i++) {
			DemoOrganization seller = sellers.get(i);
			UUID organization = organizations.get(seller.key()).id();
			UserAccount actor = i == 1
					? account(DEALER2, "Demo Dealer Two 演示车商二", Role.DEALER, organization, PASSWORD)
					: account("dealer-%02d".formatted(i + 1), seller.nameEn() + " Sales " + seller.nameZh() + "销售顾问",
							Role.DEALER, organization, unguessablePassword());
			lots.add(new Lot(seller, organization, actor, inventory.getOrDefault(seller.key(), List.of())));
		}
		// In rounds, a slice of every seller's lot per round in a shuffled order, so that the newest listings (the
		// landing page) come from several sellers rather than from whichever lot happens to be imported last.
		Random order = new Random(properties.seed());
		for (int round = 0; round < ROUNDS; round++) {
			int slice = round;
			List<Lot> shuffled = new ArrayList<>(lots);
			Collections.shuffle(shuffled, order);
			runAll(shuffled.stream().<Callable<Tally>>map(lot -> () -> importLot(lot, slice)).toList()).forEach(tally::add);
		}
		int reports = inspect(lots);
		batteryHistory.startFor(lots.stream().flatMap(lot -> lot.rows().stream()).toList());
		// demo-dealer last: once it exists, the market is complete and later starts leave it alone
		account(DEALER, "Demo Dealer 演示车商", Role.DEALER, lots.get(0).organization(), PASSWORD);
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("Demo market seeded in {} s: {} organizations, {} listings imported ({} published, {} drafts), "
				+ "{} rejected, {} inspection reports", "%.1f".formatted(seconds), organizations.size(), tally.imported,
				tally.published, tally.imported - tally.published, tally.rejected, reports);
		if (tally.rejected > 0 && resuming) {
			log.info("Resumed an interrupted seeding: the {} rejected rows were most likely imported by it already "
					+ "(DEBUG logging for org.clearlot.demo shows each reason)", tally.rejected);
		}
		else if (tally.rejected > 0) {
			log.warn("{} demo rows were rejected; the generator and the catalog rules disagree", tally.rejected);
		}
	}

	/**
	 * Files an inspection report for every car not inspected yet (a resumed seeding skips the others), as the demo
	 * inspector of the independent appraisal agency, in two parallel halves.
	 */
	private int inspect(List<Lot> lots) {
		UserAccount inspector = identity.findUserByUsername(INSPECTOR).orElseThrow();
		List<InventoryRow> rows = lots.stream().flatMap(lot -> lot.rows().stream())
				.filter(row -> !inspections.hasReports(row.vehicle().vin()))
				.toList();
		List<InspectionApi.VinReport> reports = DemoInspections.generate(properties.seed(), rows, LocalDate.now(CHINA));
		int half = reports.size() / 2;
		while (half > 0 && half < reports.size() && reports.get(half).vin().equals(reports.get(half - 1).vin())) {
			half++;
		}
		List<InspectionApi.VinReport> first = reports.subList(0, half);
		List<InspectionApi.VinReport> second = reports.subList(half, reports.size());
		List<Callable<Tally>> halves = List.of(() -> filed(inspector, first), () -> filed(inspector, second));
		return (int) runAll(halves).stream().mapToLong(t -> t.imported).sum();
	}

	private Tally filed(UserAccount inspector, List<InspectionApi.VinReport> reports) {
		Tally tally = new Tally();
		tally.imported = inspections.fileAll(inspector, reports);
		return tally;
	}

	/** Imports the sellers' lots side by side: they are independent (own organization, own VINs). */
	private static List<Tally> runAll(List<Callable<Tally>> lots) {
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_LOTS,
				task -> new Thread(task, "demo-seed-" + threads.incrementAndGet()));
		try {
			List<Tally> tallies = new ArrayList<>();
			for (Future<Tally> lot : pool.invokeAll(lots)) {
				tallies.add(lot.get());
			}
			return tallies;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Demo market seeding was interrupted", interrupted);
		}
		catch (ExecutionException failed) {
			throw new IllegalStateException("Demo market seeding failed; a restart resumes it", failed.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Every demo organization, created unless one of the same kind and names exists already (then an earlier
	 * seeding was interrupted and this one resumes it).
	 */
	private Map<String, OrganizationInfo> ensureOrganizations() {
		Map<OrganizationKind, List<OrganizationInfo>> existing = new HashMap<>();
		Map<String, OrganizationInfo> organizations = new HashMap<>();
		for (DemoOrganization demo : DemoOrganizations.ALL) {
			OrganizationInfo organization = existing.computeIfAbsent(demo.kind(), identity::organizationsOfKind)
					.stream()
					.filter(info -> info.nameEn().equals(demo.nameEn()) && info.nameZh().equals(demo.nameZh()))
					.findFirst()
					.map(found -> {
						resuming = true;
						return found;
					})
					.orElseGet(() -> identity.createOrganization(
							new NewOrganization(demo.nameEn(), demo.nameZh(), demo.kind(), demo.homeCity())));
			organizations.put(demo.key(), organization);
		}
		return organizations;
	}

	private UserAccount account(String username, String displayName, Role role, UUID organization, String password) {
		return identity.findUserByUsername(username).orElseGet(
				() -> identity.createAccount(new NewAccount(username, password, displayName, role, organization)));
	}

	/** Imports one slice of a seller's lot. */
	private Tally importLot(Lot lot, int slice) {
		Tally tally = new Tally();
		List<InventoryRow> rows = lot.slice(slice);
		if (rows.isEmpty()) {
			return tally;
		}
		ImportReport report = catalog.importInventory(lot.organization(), lot.actor().id(), rows, progress -> {
		});
		for (RowOutcome outcome : report.rows()) {
			if (outcome.imported()) {
				tally.imported++;
				tally.published += lot.rows().get(outcome.rowNumber() - 1).publish() ? 1 : 0;
			}
			else {
				tally.rejected++;
				String message = "Demo row {} of {} (VIN {}) rejected: {}";
				Object[] details = { outcome.rowNumber(), lot.seller().key(), outcome.vin(), String.join("; ", outcome.reasons()) };
				if (resuming) {
					log.debug(message, details);
				}
				else {
					log.warn(message, details);
				}
			}
		}
		return tally;
	}

	/** A seller's whole lot and the staff account that imports it. */
	private record Lot(DemoOrganization seller, UUID organization, UserAccount actor, List<InventoryRow> rows) {

		List<InventoryRow> slice(int index) {
			int from = rows.size() * index / ROUNDS;
			int to = rows.size() * (index + 1) / ROUNDS;
			return rows.subList(from, to);
		}
	}

	/** A password nobody knows: staff accounts other than the demo ones must not be usable. Never logged. */
	private static String unguessablePassword() {
		byte[] bytes = new byte[24];
		SECURE_RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Listings imported, published and rejected. */
	private static final class Tally {

		long imported;
		long published;
		long rejected;

		void add(Tally other) {
			imported += other.imported;
			published += other.published;
			rejected += other.rejected;
		}
	}
}

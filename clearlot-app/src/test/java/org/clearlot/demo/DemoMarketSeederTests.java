package org.clearlot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ImportReport;
import org.clearlot.catalog.ImportReport.RowOutcome;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.ListingSummary;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.OrganizationInfo;
import org.clearlot.identity.OrganizationKind;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class DemoMarketSeederTests {

	private final FakeIdentity identity = new FakeIdentity();
	private final FakeCatalog catalog = new FakeCatalog();
	final FakeInspections inspections = new FakeInspections();

	@Test
	void seedsOrganizationsAccountsAndInventory() {
		seed(300);

		Map<OrganizationKind, Long> kinds = identity.organizations.values().stream()
				.collect(Collectors.groupingBy(OrganizationInfo::kind, Collectors.counting()));
		assertThat(kinds.get(OrganizationKind.DEALER)).isGreaterThanOrEqualTo(24);
		assertThat(kinds.get(OrganizationKind.CPO_PROGRAMME)).isBetween(2L, 3L);
		assertThat(kinds.get(OrganizationKind.INSPECTION_AGENCY)).isEqualTo(1);
		assertAccount("demo-buyer", Role.BUYER, null);
		assertAccount("demo-admin", Role.ADMIN, null);
		assertAccount("demo-inspector", Role.INSPECTOR, "Huace Vehicle Appraisal");
		assertAccount("demo-recycler", Role.RECYCLER, "Greencycle Battery Recovery");
		assertThat(identity.findUserByUsername("demo-telemetry")).get().extracting(UserAccount::role).isEqualTo(Role.TELEMETRY);
		assertAccount("demo-dealer", Role.DEALER, DemoOrganizations.SELLERS.get(0).nameEn());
		assertAccount("demo-dealer2", Role.DEALER, DemoOrganizations.SELLERS.get(1).nameEn());
		assertThat(identity.creationOrder.get(identity.creationOrder.size() - 1)).isEqualTo("demo-dealer");

		List<String> staff = identity.creationOrder.stream().filter(name -> name.startsWith("dealer-")).toList();
		assertThat(staff).as("one staff account per seller but demo-dealer2's").hasSize(DemoOrganizations.SELLERS.size() - 1);
		assertThat(staff).allSatisfy(name -> assertThat(identity.passwords.get(name))
				.isNotEqualTo(DemoMarketSeeder.PASSWORD).hasSizeGreaterThanOrEqualTo(24));
		assertThat(staff.stream().map(identity.passwords::get).distinct()).hasSameSizeAs(staff);

		assertThat(catalog.imports.stream().mapToInt(call -> call.rows().size()).sum()).isEqualTo(300);
		assertThat(inspections.filed.stream().map(report -> report.vin()).distinct().count())
				.as("every car gets an inspection report").isEqualTo(300);
		assertThat(catalog.imports).allSatisfy(call -> assertThat(identity.accountsById.get(call.actor()).organizationId())
				.isEqualTo(call.organization()));
		int sellers = DemoOrganizations.SELLERS.size();
		assertThat(catalog.imports.subList(catalog.imports.size() - sellers / 2, catalog.imports.size()).stream()
				.map(call -> call.organization()).distinct().count())
				.as("the newest listings come from many sellers, not one").isGreaterThan(5);
	}

	@Test
	void leavesAnExistingDemoMarketAlone() {
		seed(300);
		int organizations = identity.organizations.size();
		int imports = catalog.imports.size();

		seed(300);

		assertThat(identity.organizations).hasSize(organizations);
		assertThat(catalog.imports).hasSize(imports);
	}

	@Test
	void resumesAnInterruptedSeedingWithoutDuplicates() {
		DemoOrganization wuhan = DemoOrganizations.SELLERS.get(0);
		identity.createOrganization(new IdentityApi.NewOrganization(wuhan.nameEn(), wuhan.nameZh(), wuhan.kind(),
				wuhan.homeCity()));
		identity.createAccount(new IdentityApi.NewAccount("demo-buyer", "clearlot-demo", "Demo Buyer", Role.BUYER, null));

		seed(300);

		assertThat(identity.organizations.values()).filteredOn(org -> org.nameEn().equals(wuhan.nameEn())).hasSize(1);
		assertThat(identity.organizations).hasSize(DemoOrganizations.ALL.size());
		assertThat(identity.findUserByUsername("demo-dealer")).isPresent();
	}

	/** Seeds with fakes of the other modules; battery histories (0 days) are left to the integration tests. */
	private void seed(int listings) {
		DemoProperties properties = new DemoProperties(true, listings, 42L, 0, java.time.Duration.ofSeconds(30));
		new DemoMarketSeeder(identity, catalog, inspections, properties,
				new DemoBatteryHistory(null, null, properties, java.time.Clock.systemUTC()))
				.run(new DefaultApplicationArguments());
	}

	private void assertAccount(String username, Role role, String organizationName) {
		UserAccount account = identity.findUserByUsername(username).orElseThrow();
		assertThat(account.role()).isEqualTo(role);
		assertThat(identity.passwords.get(username)).isEqualTo(DemoMarketSeeder.PASSWORD);
		if (organizationName == null) {
			assertThat(account.organizationId()).isNull();
		}
		else {
			assertThat(identity.organizations.get(account.organizationId()).nameEn()).isEqualTo(organizationName);
		}
	}

	/** Identity in memory; safe for the seeder's parallel imports. */
	static final class FakeIdentity implements IdentityApi {

		final Map<UUID, OrganizationInfo> organizations = new ConcurrentHashMap<>();
		final Map<UUID, UserAccount> accountsById = new ConcurrentHashMap<>();
		final Map<String, String> passwords = new ConcurrentHashMap<>();
		final List<String> creationOrder = Collections.synchronizedList(new ArrayList<>());

		@Override
		public Optional<OrganizationInfo> findOrganization(UUID id) {
			return Optional.ofNullable(organizations.get(id));
		}

		@Override
		public Map<UUID, OrganizationInfo> organizations(Collection<UUID> ids) {
			return ids.stream().filter(organizations::containsKey)
					.collect(Collectors.toMap(id -> id, organizations::get));
		}

		@Override
		public List<OrganizationInfo> organizationsOfKind(OrganizationKind kind) {
			return organizations.values().stream().filter(org -> org.kind() == kind).toList();
		}

		@Override
		public Optional<UserAccount> findUserByUsername(String username) {
			return accountsById.values().stream().filter(account -> account.username().equals(username)).findFirst();
		}

		@Override
		public OrganizationInfo createOrganization(NewOrganization organization) {
			OrganizationInfo info = new OrganizationInfo(UUID.randomUUID(), organization.nameEn(),
					organization.nameZh(), organization.kind(), organization.city());
			organizations.put(info.id(), info);
			return info;
		}

		@Override
		public synchronized UserAccount createAccount(NewAccount account) {
			assertThat(findUserByUsername(account.username())).as(account.username()).isEmpty();
			UserAccount created = new UserAccount(UUID.randomUUID(), account.username(), account.displayName(),
					account.role(), account.organizationId());
			accountsById.put(created.id(), created);
			passwords.put(account.username(), account.rawPassword());
			creationOrder.add(account.username());
			return created;
		}
	}

	/** Records imports and imports every row. */
	static final class FakeCatalog implements CatalogApi {

		final List<ImportCall> imports = Collections.synchronizedList(new ArrayList<>());

		@Override
		public Optional<ListingSummary> findListing(long id) {
			return Optional.empty();
		}

		@Override
		public List<ListingSummary> findListings(java.util.Collection<Long> ids) {
			return List.of();
		}

		@Override
		public Optional<org.clearlot.catalog.VehicleSummary> findVehicle(String vin) {
			return Optional.empty();
		}

		@Override
		public String carName(String make, String model, java.util.Locale locale) {
			return make + " " + model;
		}

		@Override
		public Optional<org.clearlot.catalog.RegistrationFacts> registrationFacts(String vin) {
			return Optional.empty();
		}

		@Override
		public Optional<UUID> sellingOrganization(String vin) {
			return Optional.empty();
		}

		@Override
		public void recordCondition(String vin, org.clearlot.catalog.VehicleCondition condition) {
			conditions.add(vin);
		}

		final List<String> conditions = new ArrayList<>();

		@Override
		public void recordBatteryHealth(String vin, Double sohPercent) {
			throw new AssertionError("the demo seeder does not estimate battery health");
		}

		@Override
		public boolean moveListing(long listingId, org.clearlot.catalog.ListingStatus from,
				org.clearlot.catalog.ListingStatus to, java.util.UUID actor) {
			throw new AssertionError("the demo seeder does not trade");
		}

		@Override
		public java.util.Optional<org.clearlot.catalog.VehicleCondition> condition(String vin) {
			throw new AssertionError("the demo seeder does not read conditions");
		}

		@Override
		public java.util.Set<String> registeredVins(Collection<String> vins) {
			throw new AssertionError("the demo seeder does not ask which VINs are registered");
		}

		@Override
		public long countActiveListings() {
			return 0;
		}

		@Override
		public List<org.clearlot.catalog.PriceChange> priceHistory(long listingId) {
			throw new AssertionError("the demo seeder does not read price histories");
		}

		@Override
		public Optional<org.clearlot.catalog.ListingFacts> listingFacts(long listingId) {
			throw new AssertionError("the demo seeder does not value listings");
		}

		@Override
		public List<org.clearlot.catalog.ListingFacts> listingFacts(Collection<org.clearlot.catalog.ListingStatus> statuses,
				int limit) {
			throw new AssertionError("the demo seeder does not value listings");
		}

		@Override
		public ImportReport importInventory(UUID organizationId, UUID actorId, List<InventoryRow> rows,
				IntConsumer progress) {
			imports.add(new ImportCall(organizationId, actorId, rows));
			return new ImportReport(rows.stream()
					.map(row -> RowOutcome.imported(row.rowNumber(), row.vehicle().vin(), row.rowNumber())).toList());
		}

		record ImportCall(UUID organization, UUID actor, List<InventoryRow> rows) {
		}
	}

	/** Records the reports the seeder files. */
	static final class FakeInspections implements org.clearlot.inspection.InspectionApi {

		final List<VinReport> filed = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		public boolean hasReports(String vin) {
			return filed.stream().anyMatch(report -> report.vin().equals(vin));
		}

		@Override
		public Optional<org.clearlot.inspection.TradabilityVerdict> tradability(String vin) {
			return Optional.empty();
		}

		@Override
		public int fileAll(org.clearlot.identity.UserAccount inspector, List<VinReport> reports) {
			filed.addAll(reports);
			return reports.size();
		}
	}
}

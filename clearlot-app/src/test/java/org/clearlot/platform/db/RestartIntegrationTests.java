package org.clearlot.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.clearlot.ClearlotApplication;
import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ImportReport;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.NewListing;
import org.clearlot.catalog.NewVehicle;
import org.clearlot.catalog.search.ListingQuery;
import org.clearlot.catalog.search.ListingSearch;
import org.clearlot.catalog.search.SortOrder;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewOrganization;
import org.clearlot.identity.OrganizationInfo;
import org.clearlot.identity.OrganizationKind;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The data directory keeps everything across restarts, and a lost search index is rebuilt from PostgreSQL at the
 * next start (what happens after a hard kill between a database commit and the index write).
 */
class RestartIntegrationTests {

	@Test
	void dataSurvivesARestartAndALostSearchIndexIsRebuilt() throws IOException {
		Path dataDir = Path.of("target", "test-data", "restart-" + UUID.randomUUID()).toAbsolutePath();
		String vin = TestVins.next();
		long listingId;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			OrganizationInfo dealer = first.getBean(IdentityApi.class)
					.createOrganization(new NewOrganization("Restart Motors", "重启车行", OrganizationKind.DEALER, "Wuhan"));
			ImportReport report = first.getBean(CatalogApi.class).importInventory(dealer.id(), UUID.randomUUID(),
					List.of(row(vin)), processed -> { });
			assertThat(report.imported()).isEqualTo(1);
			listingId = report.rows().get(0).listingId();
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
			assertThat(second.getBean(CatalogApi.class).findListing(listingId)).isPresent();
			assertThat(findByVin(second, vin)).containsExactly(listingId);
		}
		deleteRecursively(dataDir.resolve("index"));
		try (ConfigurableApplicationContext third = start(dataDir)) {
			assertThat(findByVin(third, vin)).as("the index was rebuilt from the database").containsExactly(listingId);
			assertThat(third.getBean(ListingSearch.class).search(ListingQuery.everything(0, 20)).total()).isEqualTo(1);
		}
	}

	private static List<Long> findByVin(ConfigurableApplicationContext context, String vin) {
		ListingQuery byVin = new ListingQuery(vin, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
				null, null, null, null, null, SortOrder.RELEVANCE, 0, 20);
		return context.getBean(ListingSearch.class).search(byVin).items().stream().map(card -> card.id()).toList();
	}

	private static InventoryRow row(String vin) {
		NewVehicle vehicle = new NewVehicle(vin, "Toyota", "Camry", "2.5 HEV", 2021, "SEDAN", "BLACK", "HEV", "CN6",
				java.time.LocalDate.of(2021, 6, 1), "Wuhan", "E_CVT", 2487, 5, null, null);
		return new InventoryRow(2, vehicle, new NewListing(vin, 16_800_000L, 45_000, "Wuhan", "Restart test"), true);
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(ClearlotApplication.class).run("--server.port=0", "--clearlot.gateway.port=0",
				"--clearlot.data-dir=" + dataDir, "--clearlot.demo.enabled=false");
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}

package org.clearlot.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.clearlot.ClearlotApplication;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewOrganization;
import org.clearlot.identity.OrganizationKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A configured JDBC URL switches the application to that PostgreSQL server, with no other change. */
class ExternalDatabaseIntegrationTests {

	@Test
	void usesTheConfiguredServerAndStartsNoEmbeddedOne() throws IOException {
		Path root = Path.of("target", "test-data", "external-" + UUID.randomUUID()).toAbsolutePath();
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(root.resolve("server"))
				.setCleanDataDirectory(true).start()) {
			new JdbcTemplate(server.getPostgresDatabase()).execute("CREATE DATABASE clearlot");
			String url = server.getJdbcUrl("postgres", "clearlot");
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ClearlotApplication.class).run(
					"--server.port=0", "--clearlot.gateway.port=0", "--clearlot.data-dir=" + root.resolve("app"),
					"--clearlot.demo.enabled=false",
					"--spring.datasource.url=" + url, "--spring.datasource.username=postgres")) {
				assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
				DataSource dataSource = app.getBean(DataSource.class);
				assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(url);
				app.getBean(IdentityApi.class).createOrganization(
						new NewOrganization("External Motors", "外部车行", OrganizationKind.DEALER, "Chengdu"));
			}
			Integer organizations = new JdbcTemplate(server.getDatabase("postgres", "clearlot"))
					.queryForObject("SELECT count(*) FROM identity.organizations", Integer.class);
			assertThat(organizations).as("the data went to the external server").isEqualTo(1);
		}
	}
}

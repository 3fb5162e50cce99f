package org.clearlot.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context its own data directory, so that cached contexts never share a PostgreSQL
 * cluster or a Lucene index (whose write lock would make the second one fail), and its own free gateway port.
 */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path directory = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
		context.getEnvironment().getPropertySources()
				.addFirst(new MapPropertySource("clearlotTestDataDir", Map.of("clearlot.data-dir", directory.toString(),
						"clearlot.gateway.port", "0")));
	}
}

package org.clearlot.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param dataDir where the embedded PostgreSQL cluster, the search index and generated keys live
 */
@ConfigurationProperties("clearlot")
public record ClearlotProperties(@DefaultValue("./data") Path dataDir) {

	public Path dataDir() {
		return dataDir.toAbsolutePath().normalize();
	}
}

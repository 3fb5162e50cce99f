package org.clearlot.telemetry.gateway;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Public keys vehicles registered at GB/T 32960-2025 activation ({@code telemetry.vehicle_keys}), cached per
 * instance for signature checks; a new activation replaces the vehicle's key.
 */
@Repository
class VehicleKeys {

	/** A registered key: the signature algorithm code (01 SM2, 02 RSA, 03 ECC) and the key as sent. */
	record Key(int algorithm, byte[] publicKey) {
	}

	private final JdbcTemplate jdbc;
	private final Cache<String, Optional<Key>> cache = Caffeine.newBuilder().maximumSize(100_000).build();

	VehicleKeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Key> find(String vin) {
		return cache.get(vin, this::load);
	}

	void register(String vin, String chipId, int algorithm, byte[] publicKey) {
		jdbc.update("""
				INSERT INTO telemetry.vehicle_keys (vin, chip_id, algorithm, public_key) VALUES (?, ?, ?, ?)
				ON CONFLICT (vin) DO UPDATE SET chip_id = excluded.chip_id, algorithm = excluded.algorithm,
				    public_key = excluded.public_key, activated_at = now()""", vin, chipId,
				String.valueOf(algorithm), publicKey);
		cache.put(vin, Optional.of(new Key(algorithm, publicKey)));
	}

	private Optional<Key> load(String vin) {
		return jdbc.query("SELECT algorithm, public_key FROM telemetry.vehicle_keys WHERE vin = ?",
				(row, n) -> new Key(Integer.parseInt(row.getString(1)), row.getBytes(2)), vin).stream().findFirst();
	}
}

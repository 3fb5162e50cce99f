package org.clearlot.battery.lifecycle;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each vehicle's current pack in step with lifecycle events: installing a pack makes it the vehicle's pack
 * (later sessions are the new pack's), removing it leaves the vehicle without a known pack.
 */
@Component
class PackInstallations {

	private final JdbcTemplate jdbc;

	PackInstallations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void apply(PackEvent event) {
		switch (event.type()) {
			case INSTALLED -> jdbc.update("UPDATE battery.vehicles SET pack_code = ?, updated_at = now() WHERE vin = ?",
					event.packCode(), event.vin());
			case REMOVED -> jdbc.update(
					"UPDATE battery.vehicles SET pack_code = NULL, updated_at = now() WHERE pack_code = ?",
					event.packCode());
			default -> {
			}
		}
	}
}

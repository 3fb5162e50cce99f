package org.clearlot.battery.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.PackCode;
import org.clearlot.catalog.Vin;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.integrity.CanonicalJson;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads packs' lifecycles. An event must follow the transition table of {@link PackEventType}; it is
 * hashed over its canonical content with the previous event's hash, under a per-pack lock. A second life appends
 * SECOND_LIFE to the original's chain and starts the new product's chain with it, in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class PackLifecycle {

	private final PackEvents events;
	private final CatalogApi catalog;
	private final PackInstallations installations;
	private final Clock clock;

	PackLifecycle(PackEvents events, CatalogApi catalog, PackInstallations installations, Clock clock) {
		this.events = events;
		this.catalog = catalog;
		this.installations = installations;
		this.clock = clock;
	}

	public List<PackEvent> chain(String packCode) {
		return PackCode.problem(PackCode.normalize(packCode)).isPresent() ? List.of()
				: events.chain(PackCode.normalize(packCode));
	}

	/** Records an event a recycler reports; invalid content is refused naming each field. */
	@Transactional
	public PackEvent record(UserAccount recorder, String rawPackCode, NewPackEvent request) {
		List<FieldProblem> problems = new ArrayList<>();
		PackCode code = PackEventRequest.packCode(rawPackCode, problems);
		PackEventRequest valid = PackEventRequest.check(request, clock.instant(), problems);
		if (valid != null && valid.vin() != null && catalog.findVehicle(valid.vin()).filter(v -> v.battery() != null)
			.isEmpty()) {
			problems.add(new FieldProblem("vin", "no electrified vehicle with VIN " + valid.vin() + " is registered"));
		}
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		PackEvent recorded = append(code.value(), valid.type(), valid.occurredAt(), valid.vin(), valid.newPackCode(),
				valid.facility(), valid.notes(), recorder);
		if (valid.type() == PackEventType.SECOND_LIFE) {
			append(valid.newPackCode(), PackEventType.SECOND_LIFE, valid.occurredAt(), null, code.value(),
					valid.facility(), valid.notes(), recorder);
		}
		installations.apply(recorded);
		return recorded;
	}

	/** The first event of a pack known from a vehicle's registration, unless its chain already has one. */
	@Transactional
	public void recordRegisteredInstallation(String packCode, String vin, Instant at) {
		if (events.chain(packCode).isEmpty()) {
			append(packCode, PackEventType.INSTALLED, at, Vin.of(vin).value(), null,
					"Clearlot vehicle registration", "Recorded from the vehicle's registered battery", null);
		}
	}

	private PackEvent append(String packCode, PackEventType type, Instant when, String vin, String related,
			String facility, String notes, UserAccount recorder) {
		Instant occurredAt = when.truncatedTo(ChronoUnit.MICROS);
		events.lock(packCode);
		List<PackEvent> chain = events.chain(packCode);
		PackEvent last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
		if (last == null ? !PackEventType.first().contains(type) : !last.type().next().contains(type)) {
			throw new ConflictException("Pack " + packCode + (last == null ? " has no lifecycle yet" : " is "
					+ last.type()) + " and cannot be " + type + " next; allowed: "
					+ (last == null ? PackEventType.first() : last.type().next()));
		}
		if (last != null && occurredAt.isBefore(last.occurredAt())) {
			throw new ConflictException("The event is dated before the pack's last event (" + last.occurredAt() + ")");
		}
		PackStatus before = last == null ? null : PackStatus.ofBatteryPassName(last.status());
		boolean sameVehicle = last == null || Objects.equals(lastVehicle(chain), vin);
		PackStatus status = PackStatus.after(before, type, sameVehicle);
		PackEventContent content = new PackEventContent(UUID.randomUUID(), packCode, chain.size() + 1, type,
				status.batteryPassName(), occurredAt, vin, related, facility, notes,
				recorder == null ? null : recorder.organizationId(), recorder == null ? null : recorder.id(),
				last == null ? null : last.hash());
		String canonical = CanonicalJson.write(content);
		String hash = CanonicalJson.sha256(canonical);
		events.append(content, canonical, hash);
		return new PackEvent(content.id(), packCode, content.position(), type, content.status(), occurredAt, vin,
				related, facility, notes, content.organizationId(), hash, content.previousHash(), clock.instant(),
				canonical);
	}

	private static String lastVehicle(List<PackEvent> chain) {
		for (int i = chain.size() - 1; i >= 0; i--) {
			if (chain.get(i).vin() != null) {
				return chain.get(i).vin();
			}
		}
		return null;
	}
}

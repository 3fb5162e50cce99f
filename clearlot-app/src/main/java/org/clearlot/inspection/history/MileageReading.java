package org.clearlot.inspection.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One odometer reading of a car, from one source; each source event is recorded once. */
@Entity
@Immutable
@Table(schema = "inspection", name = "mileage_readings")
public class MileageReading {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, columnDefinition = "bpchar(17)")
	private String vin;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MileageSource source;

	@Column(name = "source_ref", nullable = false)
	private String sourceRef;

	@Column(nullable = false)
	private int km;

	@Column(name = "read_at", nullable = false)
	private Instant readAt;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected MileageReading() {
	}

	public String vin() { return vin; }
	public MileageSource source() { return source; }
	public String sourceRef() { return sourceRef; }
	public int km() { return km; }
	public Instant readAt() { return readAt; }
}

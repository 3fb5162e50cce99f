package org.clearlot.catalog.vehicle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;
import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.Powertrain;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A car identified by its VIN. Its facts are registered once and do not change; listings refer to it.
 */
@Entity
@Table(schema = "catalog", name = "vehicles")
public class Vehicle {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vehicle_seq")
	@SequenceGenerator(name = "vehicle_seq", schema = "catalog", sequenceName = "vehicle_id_seq", allocationSize = 50)
	private Long id;

	@KeywordField(projectable = Projectable.YES)
	@Column(nullable = false, columnDefinition = "bpchar(17)")
	private String vin;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private String make;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private String model;

	@KeywordField(projectable = Projectable.YES)
	@Column(nullable = false)
	private String trim;

	@GenericField(name = "year", aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(name = "model_year", nullable = false)
	private int modelYear;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(name = "body_type", nullable = false)
	private BodyType bodyType;

	@KeywordField(projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Colour colour;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Powertrain powertrain;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(name = "emission_standard", nullable = false)
	private EmissionStandard emissionStandard;

	@Enumerated(EnumType.STRING)
	private Transmission transmission;

	@Column(name = "displacement_ml")
	private Integer displacementMl;

	private Integer seats;

	@Column(name = "range_km")
	private Integer rangeKm;

	@Column(name = "first_registration_date", nullable = false)
	private LocalDate firstRegistrationDate;

	@Column(name = "registration_city", nullable = false)
	private String registrationCity;

	@Embedded
	private BatterySpec battery;

	@Column(name = "inspection_report")
	private UUID inspectionReport;

	@GenericField(name = "grade", aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(name = "inspection_grade")
	private Integer inspectionGrade;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private Boolean accident;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private Boolean flood;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private Boolean fire;

	@GenericField(name = "batterySoh", aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(name = "battery_soh_percent")
	private Float batterySohPercent;

	@Column(name = "registered_by_org", nullable = false)
	private UUID registeredByOrganization;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Vehicle() {
	}

	Vehicle(VehicleFacts facts, UUID registeredByOrganization) {
		this.vin = facts.vin().value();
		this.make = facts.make();
		this.model = facts.model();
		this.trim = facts.trim();
		this.modelYear = facts.year();
		this.bodyType = facts.bodyType();
		this.colour = facts.colour();
		this.powertrain = facts.powertrain();
		this.emissionStandard = facts.emissionStandard();
		this.transmission = facts.transmission();
		this.displacementMl = facts.displacementMl();
		this.seats = facts.seats();
		this.rangeKm = facts.rangeKm();
		this.firstRegistrationDate = facts.firstRegistrationDate();
		this.registrationCity = facts.registrationCity();
		this.battery = facts.battery();
		this.registeredByOrganization = registeredByOrganization;
		this.createdAt = Instant.now();
	}

	/** Takes the latest inspection verdict. */
	public void recordCondition(org.clearlot.catalog.VehicleCondition condition) {
		this.inspectionReport = condition.reportId();
		this.inspectionGrade = condition.grade();
		this.accident = condition.accident();
		this.flood = condition.flood();
		this.fire = condition.fire();
	}

	/** Takes the battery passport's latest state of health (null: not estimated yet). */
	public void recordBatteryHealth(Double sohPercent) {
		this.batterySohPercent = sohPercent == null ? null : sohPercent.floatValue();
	}

	/** The battery passport's latest state of health in percent; empty until estimated (or without a battery). */
	public java.util.Optional<Double> batterySohPercent() {
		return batterySohPercent == null ? java.util.Optional.empty()
				: java.util.Optional.of(Double.valueOf(Float.toString(batterySohPercent)));
	}

	/** The latest inspection verdict, if the car was inspected. */
	public java.util.Optional<org.clearlot.catalog.VehicleCondition> condition() {
		return inspectionReport == null ? java.util.Optional.empty()
				: java.util.Optional.of(new org.clearlot.catalog.VehicleCondition(inspectionReport, inspectionGrade, accident,
						flood, fire));
	}

	/** Make, model and trim in English and Chinese, for full-text search. */
	@FullTextField(name = "names", analyzer = "clearlot_text")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getSearchableNames() {
		return MakeNames.searchableNames(make, model, trim);
	}

	public Long id() {
		return id;
	}

	public String vin() {
		return vin;
	}

	public String make() {
		return make;
	}

	public String model() {
		return model;
	}

	public String trim() {
		return trim;
	}

	public int year() {
		return modelYear;
	}

	public BodyType bodyType() {
		return bodyType;
	}

	public Colour colour() {
		return colour;
	}

	public Powertrain powertrain() {
		return powertrain;
	}

	public EmissionStandard emissionStandard() {
		return emissionStandard;
	}

	public Transmission transmission() {
		return transmission;
	}

	public Integer displacementMl() {
		return displacementMl;
	}

	public Integer seats() {
		return seats;
	}

	public Integer rangeKm() {
		return rangeKm;
	}

	public LocalDate firstRegistrationDate() {
		return firstRegistrationDate;
	}

	public String registrationCity() {
		return registrationCity;
	}

	public BatterySpec battery() {
		return battery;
	}

	public UUID registeredByOrganization() {
		return registeredByOrganization;
	}

	/** Whether these registered facts describe the same car as a re-submitted registration. */
	boolean sameCarAs(VehicleFacts facts) {
		return make.equalsIgnoreCase(facts.make()) && model.equalsIgnoreCase(facts.model()) && modelYear == facts.year()
				&& powertrain == facts.powertrain();
	}
}

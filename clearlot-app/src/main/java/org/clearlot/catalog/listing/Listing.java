package org.clearlot.catalog.listing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clearlot.catalog.ListingPublished;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.ListingWithdrawn;
import org.clearlot.catalog.vehicle.Vehicle;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A dealer organization's offer of one vehicle. Its status moves only along {@link ListingStatus}'s transition
 * table; the version column turns every change into a guarded update, so concurrent changes cannot both win.
 */
@Entity
@Table(schema = "catalog", name = "listings")
@Indexed(index = "listing")
public class Listing extends AbstractAggregateRoot<Listing> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_seq")
	@SequenceGenerator(name = "listing_seq", schema = "catalog", sequenceName = "listing_id_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "vehicle_id")
	@IndexedEmbedded(includePaths = { "vin", "make", "model", "trim", "year", "bodyType", "colour", "powertrain",
			"emissionStandard", "names", "grade", "accident", "flood", "fire", "batterySoh" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Vehicle vehicle;

	@GenericField(projectable = Projectable.YES)
	@Column(name = "organization_id", nullable = false)
	private UUID organizationId;

	@GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(name = "price_fen", nullable = false)
	private long priceFen;

	@GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(name = "mileage_km", nullable = false)
	private int mileageKm;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private String city;

	@FullTextField(analyzer = "clearlot_text")
	@Column(nullable = false)
	private String description;

	@KeywordField(projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ListingStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(name = "published_at")
	private Instant publishedAt;

	@Version
	private long version;

	protected Listing() {
	}

	Listing(Vehicle vehicle, UUID organizationId, ListingTerms terms) {
		this.vehicle = vehicle;
		this.organizationId = organizationId;
		this.status = ListingStatus.DRAFT;
		this.createdAt = Instant.now();
		apply(terms);
	}

	void revise(ListingTerms terms) {
		if (!status.isEditable()) {
			throw new ConflictException(FieldProblem.of("status", Reason.LISTING_NOT_EDITABLE, id, status));
		}
		apply(terms);
	}

	private void apply(ListingTerms terms) {
		this.priceFen = terms.priceFen();
		this.mileageKm = terms.mileageKm();
		this.city = terms.city();
		this.description = terms.description();
		this.updatedAt = Instant.now();
	}

	/** Moves to {@code target} if the transition table allows it; returns the previous status. */
	ListingStatus transitionTo(ListingStatus target) {
		if (!status.canBecome(target)) {
			throw new ConflictException(FieldProblem.of("status", Reason.LISTING_TRANSITION, id, status, target));
		}
		ListingStatus previous = status;
		status = target;
		updatedAt = Instant.now();
		if (target == ListingStatus.ACTIVE && previous != ListingStatus.RESERVED) {
			publishedAt = updatedAt;
			registerEvent(new ListingPublished(id, vehicle.vin(), organizationId, priceFen, mileageKm, publishedAt));
		}
		if (target == ListingStatus.WITHDRAWN) {
			registerEvent(new ListingWithdrawn(id, vehicle.vin(), organizationId, updatedAt));
		}
		return previous;
	}

	public Long id() {
		return id;
	}

	public Vehicle vehicle() {
		return vehicle;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public long priceFen() {
		return priceFen;
	}

	public int mileageKm() {
		return mileageKm;
	}

	public String city() {
		return city;
	}

	public String description() {
		return description;
	}

	public ListingStatus status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public long version() {
		return version;
	}
}

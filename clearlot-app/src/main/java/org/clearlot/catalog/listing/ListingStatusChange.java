package org.clearlot.catalog.listing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.clearlot.catalog.ListingStatus;
import org.hibernate.annotations.Immutable;

/** One entry of a listing's append-only status history. */
@Entity
@Immutable
@Table(schema = "catalog", name = "listing_status_changes")
public class ListingStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_status_change_seq")
	@SequenceGenerator(name = "listing_status_change_seq", schema = "catalog",
			sequenceName = "listing_status_change_id_seq", allocationSize = 50)
	private Long id;

	@Column(name = "listing_id", nullable = false)
	private long listingId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private ListingStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false)
	private ListingStatus toStatus;

	@Column(name = "changed_by")
	private UUID changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected ListingStatusChange() {
	}

	ListingStatusChange(long listingId, ListingStatus fromStatus, ListingStatus toStatus, UUID changedBy) {
		this.listingId = listingId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedBy = changedBy;
		this.changedAt = Instant.now();
	}

	public ListingStatus fromStatus() {
		return fromStatus;
	}

	public ListingStatus toStatus() {
		return toStatus;
	}

	public Instant changedAt() {
		return changedAt;
	}
}

package org.clearlot.catalog.listing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.clearlot.catalog.PriceChange;
import org.hibernate.annotations.Immutable;

/** One entry of a listing's append-only price history: the price it was created with, or a change of it. */
@Entity
@Immutable
@Table(schema = "catalog", name = "listing_price_changes")
public class ListingPriceChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_price_change_seq")
	@SequenceGenerator(name = "listing_price_change_seq", schema = "catalog",
			sequenceName = "listing_price_change_id_seq", allocationSize = 50)
	private Long id;

	@Column(name = "listing_id", nullable = false)
	private long listingId;

	@Column(name = "price_fen", nullable = false)
	private long priceFen;

	@Column(name = "changed_by")
	private UUID changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected ListingPriceChange() {
	}

	ListingPriceChange(long listingId, long priceFen, UUID changedBy, Instant changedAt) {
		this.listingId = listingId;
		this.priceFen = priceFen;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public PriceChange view() {
		return new PriceChange(priceFen, changedAt);
	}
}

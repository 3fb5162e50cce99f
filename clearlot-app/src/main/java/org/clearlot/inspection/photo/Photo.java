package org.clearlot.inspection.photo;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An uploaded photo of a finding; its bytes live in the data directory, named by id. */
@Entity
@Immutable
@Table(schema = "inspection", name = "photos")
public class Photo {

	@Id
	private UUID id;

	@Column(name = "uploaded_by", nullable = false)
	private UUID uploadedBy;

	@Column(nullable = false, columnDefinition = "bpchar(64)")
	private String sha256;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private int sizeBytes;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Photo() {
	}

	Photo(UUID id, UUID uploadedBy, String sha256, String contentType, int sizeBytes, int width, int height) {
		this.id = id;
		this.uploadedBy = uploadedBy;
		this.sha256 = sha256;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.width = width;
		this.height = height;
		this.createdAt = Instant.now();
	}

	public UUID id() { return id; }
	public UUID uploadedBy() { return uploadedBy; }
	public String sha256() { return sha256; }
	public String contentType() { return contentType; }
	public int sizeBytes() { return sizeBytes; }
	public int width() { return width; }
	public int height() { return height; }
}

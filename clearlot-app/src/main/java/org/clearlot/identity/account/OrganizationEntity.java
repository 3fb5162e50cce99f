package org.clearlot.identity.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clearlot.identity.OrganizationInfo;
import org.clearlot.identity.OrganizationKind;

@Entity
@Table(schema = "identity", name = "organizations")
class OrganizationEntity {

	@Id
	private UUID id;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganizationKind kind;

	@Column(nullable = false)
	private String city;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected OrganizationEntity() {
	}

	OrganizationEntity(String nameEn, String nameZh, OrganizationKind kind, String city) {
		this.id = UUID.randomUUID();
		this.nameEn = nameEn;
		this.nameZh = nameZh;
		this.kind = kind;
		this.city = city;
		this.createdAt = Instant.now();
	}

	OrganizationInfo toInfo() {
		return new OrganizationInfo(id, nameEn, nameZh, kind, city);
	}
}

package org.clearlot.identity.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;

@Entity
@Table(schema = "identity", name = "users")
class UserEntity {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "organization_id")
	private UUID organizationId;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected UserEntity() {
	}

	UserEntity(String username, String passwordHash, String displayName, Role role, UUID organizationId) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.organizationId = organizationId;
		this.enabled = true;
		this.createdAt = Instant.now();
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	UserAccount toAccount() {
		return new UserAccount(id, username, displayName, role, organizationId);
	}
}

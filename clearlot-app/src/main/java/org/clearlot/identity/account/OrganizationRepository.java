package org.clearlot.identity.account;

import java.util.List;
import java.util.UUID;

import org.clearlot.identity.OrganizationKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<OrganizationEntity, UUID> {

	/** Organizations of one kind, by English name. */
	List<OrganizationEntity> findByKindOrderByNameEn(OrganizationKind kind);
}

package org.clearlot.identity.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<UserEntity, UUID> {

	/** The user with this username, ignoring case (usernames are unique regardless of case). */
	@Query("select u from UserEntity u where lower(u.username) = lower(:username)")
	Optional<UserEntity> findByUsernameIgnoringCase(String username);
}

package org.clearlot.inspection.photo;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoRepository extends JpaRepository<Photo, UUID> {
}

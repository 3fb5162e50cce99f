package org.clearlot.catalog.search;

import java.time.Instant;
import java.util.UUID;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;
import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.Powertrain;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** What a search result shows of a listing, read straight from the index without touching the database. */
@ProjectionConstructor
public record ListingCard(
		@IdProjection Long id,
		@FieldProjection(path = "vehicle.vin") String vin,
		@FieldProjection(path = "vehicle.make") String make,
		@FieldProjection(path = "vehicle.model") String model,
		@FieldProjection(path = "vehicle.trim") String trim,
		@FieldProjection(path = "vehicle.year") Integer year,
		@FieldProjection(path = "vehicle.bodyType") BodyType bodyType,
		@FieldProjection(path = "vehicle.colour") Colour colour,
		@FieldProjection(path = "vehicle.powertrain") Powertrain powertrain,
		@FieldProjection(path = "vehicle.emissionStandard") EmissionStandard emissionStandard,
		@FieldProjection Long priceFen,
		@FieldProjection Integer mileageKm,
		@FieldProjection String city,
		@FieldProjection ListingStatus status,
		@FieldProjection UUID organizationId,
		@FieldProjection Instant publishedAt,
		@FieldProjection(path = "vehicle.grade") Integer grade,
		@FieldProjection(path = "vehicle.accident") Boolean accident,
		@FieldProjection(path = "vehicle.flood") Boolean flood,
		@FieldProjection(path = "vehicle.fire") Boolean fire,
		@FieldProjection(path = "vehicle.batterySoh") Float sohPercent) {

	/** Whether the latest inspection found an accident, flood or fire car. */
	public boolean hasRedFlag() {
		return Boolean.TRUE.equals(accident) || Boolean.TRUE.equals(flood) || Boolean.TRUE.equals(fire);
	}
}

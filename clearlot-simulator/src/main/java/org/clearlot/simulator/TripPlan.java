package org.clearlot.simulator;

/**
 * A planned trip.
 *
 * @param departure     earliest departure, epoch seconds
 * @param distanceKm    distance to drive
 * @param highwayShare  share of the distance on highways
 * @param destination   where it ends
 * @param waitOnSeconds how long the car then waits switched on (ride-hailing between rides); 0 for none
 */
record TripPlan(long departure, double distanceKm, double highwayShare, Place destination, int waitOnSeconds) {
}

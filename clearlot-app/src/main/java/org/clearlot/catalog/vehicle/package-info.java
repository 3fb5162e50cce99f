/** Vehicles identified by VIN, their registration rules and the bilingual names of makes and models. */
package org.clearlot.catalog.vehicle;

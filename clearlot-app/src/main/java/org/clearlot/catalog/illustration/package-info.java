/** Drawings of cars by body type and colour, shown where no photo exists. */
package org.clearlot.catalog.illustration;

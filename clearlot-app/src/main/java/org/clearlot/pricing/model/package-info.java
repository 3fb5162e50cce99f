/** The valuation model: features of a car, the Tribuo elastic-net fit of log price, held-out error and range. */
package org.clearlot.pricing.model;

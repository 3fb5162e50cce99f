/** Valuation use cases: the model in service, its training in the background, estimates and deal ratings. */
package org.clearlot.pricing.valuation;

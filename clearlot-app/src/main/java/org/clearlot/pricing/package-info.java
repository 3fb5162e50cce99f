/**
 * Pricing: a valuation model learnt with Tribuo from the platform's own listings and completed sales, retrained on
 * a schedule and versioned; an estimate with a range and a deal rating on every listing (with published
 * exclusions); the market page of residual values, EV versus ICE depreciation and completed sales. Reads listings
 * through {@link org.clearlot.catalog.CatalogApi} and learns of sales from {@link org.clearlot.trade.OrderCompleted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pricing",
		allowedDependencies = { "platform", "identity", "catalog", "trade" })
package org.clearlot.pricing;

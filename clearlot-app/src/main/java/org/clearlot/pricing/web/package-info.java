/** Pricing's web adapters: the valuation API, the listing page's valuation panel, the method and market pages. */
package org.clearlot.pricing.web;

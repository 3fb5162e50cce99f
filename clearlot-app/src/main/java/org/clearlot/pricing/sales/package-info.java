/** Completed sales, learnt of from the trade's events, for the valuation model and the market page. */
package org.clearlot.pricing.sales;

/** The market page's figures: residual values by model and age, EV versus ICE depreciation, sales by month and city. */
package org.clearlot.pricing.market;

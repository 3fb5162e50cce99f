/**
 * The battery analysis as pure Java, independent of storage: a per-vehicle accumulator fed readings in time order,
 * charge-session detection and capacity by coulomb counting, negative events, and the robust aggregation into a
 * state of health with its range. See docs/soh-method.md.
 */
package org.clearlot.battery.analysis;

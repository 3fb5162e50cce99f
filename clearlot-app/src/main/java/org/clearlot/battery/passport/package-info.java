/**
 * Battery passports kept up to date: the incremental update of each vehicle's analysis from new telemetry (with
 * daily checkpoints to go back to for late readings), its storage, and the passport read from it.
 */
package org.clearlot.battery.passport;

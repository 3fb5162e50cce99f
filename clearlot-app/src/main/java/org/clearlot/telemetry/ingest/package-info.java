/** Taking readings in: JSON parsing per reading, the rules every reading must meet, registered VINs, the facade. */
package org.clearlot.telemetry.ingest;

package org.clearlot.gbt32960;

/**
 * Heartbeat (command 07); the data unit is empty.
 *
 * <pre>
 * 23 23 07 FE "LSVAU2A37K2100001" 01 00 00 AB     data-unit length 0, BCC AB
 * </pre>
 */
public record Heartbeat() implements Body {
}

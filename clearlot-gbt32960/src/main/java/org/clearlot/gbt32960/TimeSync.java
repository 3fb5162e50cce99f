package org.clearlot.gbt32960;

/**
 * Terminal time synchronisation request (command 08); the data unit is empty. The platform's reply carries its time
 * and decodes as an {@link Acknowledgement}.
 *
 * <pre>
 * 23 23 08 FE "LSVAU2A37K2100001" 01 00 00 A4     data-unit length 0
 * </pre>
 */
public record TimeSync() implements Body {
}

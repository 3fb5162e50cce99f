/**
 * Streams readings as GB/T 32960 frames (2016 or 2025) over TCP with a Netty client: logins, realtime frames counted
 * only when acknowledged, a bounded window, heartbeats, reissue after reconnects, SM2 signatures.
 */
package org.clearlot.simulator.gbt;

/**
 * The GB/T 32960 TCP gateway (Netty): framing, per-connection sessions (vehicle or forwarding-platform login),
 * durable acknowledgement through batched writes, back-pressure, SM2 signature checks for 2025 frames.
 */
package org.clearlot.telemetry.gateway;

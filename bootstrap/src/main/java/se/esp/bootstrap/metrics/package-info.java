/**
 * The platform's own counters and gauges, exported through the metrics API the server provides: MicroProfile
 * Metrics (Open Liberty's {@code mpMetrics}, served at {@code /metrics}) or Micrometer (WildFly, served at
 * {@code /prometheus} on its management port), and kept unexported on a server with neither. Only
 * {@link se.esp.bootstrap.metrics.MicroProfileMeters} names MicroProfile Metrics types and only
 * {@link se.esp.bootstrap.metrics.MicrometerMeters} names Micrometer's; each is loaded only when the server provides
 * its API, so the same WAR deploys on both.
 */
package se.esp.bootstrap.metrics;

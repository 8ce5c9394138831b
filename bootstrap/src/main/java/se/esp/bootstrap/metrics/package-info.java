/**
 * The platform's own counters and gauges, exported through MicroProfile Metrics where the server has it (Open
 * Liberty's {@code mpMetrics}) and kept unexported where it has not (WildFly 37 has no MicroProfile Metrics).
 * Only {@link se.esp.bootstrap.metrics.MicroProfileMeters} names MicroProfile Metrics types, and it is loaded only
 * when the server provides them, so the same WAR deploys on both.
 */
package se.esp.bootstrap.metrics;

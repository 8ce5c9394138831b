/**
 * Benchmarks that prove the platform's speed targets (catalogue search, matching at national scale); run with one
 * command, never by the ordinary build.
 */
package se.esp.benchmarks;

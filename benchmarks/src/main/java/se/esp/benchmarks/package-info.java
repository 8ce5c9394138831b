/** Benchmarks that prove the platform's speed targets; run with one command, never by the ordinary build. */
package se.esp.benchmarks;

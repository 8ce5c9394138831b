/** JMH benchmarks for the speed targets: matching at national scale. */
package se.esp.benchmarks;

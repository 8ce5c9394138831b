/** Demo data for the default run: real municipalities, a region, a fictitious partner and owner. */
package se.esp.bootstrap.demo;

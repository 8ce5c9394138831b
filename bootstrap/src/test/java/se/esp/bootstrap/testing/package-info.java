/** Test helpers shared by the bootstrap's tests. */
package se.esp.bootstrap.testing;

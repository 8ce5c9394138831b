/** MicroProfile Health checks: live while the JVM serves, ready when storage and broker answer. */
package se.esp.bootstrap.health;

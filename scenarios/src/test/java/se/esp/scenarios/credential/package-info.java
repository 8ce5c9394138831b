/** Micro-credential scenarios: the owner's definitions and the credentials a completed delivery issues. */
package se.esp.scenarios.credential;

/** Micro-credential use cases: the owner's definitions, and issuing credentials when a delivery completes. */
package se.esp.application.credential;

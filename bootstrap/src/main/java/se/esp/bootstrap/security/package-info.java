/**
 * Sign-in for the demo run (demo identities, their tokens and the key that signs them, generated at start) and
 * the configuration that decides whether it is on. Production uses the owner's identity provider instead.
 */
package se.esp.bootstrap.security;

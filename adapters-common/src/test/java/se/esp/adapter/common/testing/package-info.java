/**
 * Test fixtures shared through the test-jar: a stand-in identity provider (its own key pair, signed tokens valid or
 * not in every way a verifier must notice) for the adapters' and bootstrap's tests.
 */
package se.esp.adapter.common.testing;

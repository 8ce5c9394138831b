/**
 * Test fixtures shared through the test-jar: the API on Jersey with every provider of the real server, and
 * bearer tokens that stand in for the ones the server's MicroProfile JWT has verified.
 */
package se.esp.adapter.web.testing;

/**
 * Test fixtures shared through the test-jar: the API on Jersey with every provider of the real server, and bearer
 * tokens signed by a stand-in identity provider that the test server trusts.
 */
package se.esp.adapter.web.testing;

/**
 * Test fixtures shared through the test-jar: the rules API models follow ({@code ApiModelRules}) and a stand-in
 * identity provider (its own key pair, signed tokens valid or not in every way a verifier must notice).
 */
package se.esp.adapter.common.testing;

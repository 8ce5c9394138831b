/**
 * Who is calling, on every channel: the bearer credentials of an {@code Authorization} value, the token verified
 * with Nimbus JOSE+JWT against the identity provider's keys, and the one mapping of its claims to the acting user
 * ({@link se.esp.adapter.common.identity.BearerIdentities} puts the three together).
 */
package se.esp.adapter.common.identity;

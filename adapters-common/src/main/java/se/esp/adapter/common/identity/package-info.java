/** Who is calling, on every channel: bearer token verification and the mapping of its claims to the acting user. */
package se.esp.adapter.common.identity;

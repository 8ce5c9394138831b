/**
 * CDI producers that construct the plain-Java services with the adapters chosen for this server. The use cases are
 * produced {@code @ApplicationScoped}: one service each, injected as a serialisable client proxy, so the console's
 * view- and session-scoped backing beans can hold them.
 */
package se.esp.bootstrap.wiring;

/**
 * One contract per outbound port, written once and run on every backend by three small subclasses
 * ({@code InMemory…}, {@code H2…}, {@code MariaDb…}). A new adapter passes the contract or is not done.
 */
package se.esp.adapter.persistence.contract;

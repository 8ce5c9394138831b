/**
 * What every area's adapters build on, naming no area: on the JPA side the per-thread transactions
 * ({@code JpaTransactions}), the current entity manager and the failures worth naming ({@code JpaStorage}), the
 * save of versioned aggregates ({@code JpaAggregates}) and the instant converter; in memory the serialised
 * transactions ({@code InMemoryTransactions}) over stores that can be put back ({@code InMemoryStore}): values in a
 * list or a map ({@code InMemoryListStore}, {@code InMemoryMapStore}) and versioned aggregates
 * ({@code InMemoryAggregates}). The assemblies in {@code jpa} and {@code memory} depend on
 * the areas, the areas on this package, and this package on no other package of the adapter.
 */
package se.esp.adapter.persistence.storage;

/**
 * Offerings with their versions, and the catalogue: its table, the search index every server keeps in memory
 * from it ({@code CatalogueIndex}), and the in-memory adapter over the same index.
 */
package se.esp.adapter.persistence.offering;

/** Steps for the catalogue's capacity, in English and Swedish, both driving the same {@code CatalogueDriver}. */
package se.esp.scenarios.catalogue;

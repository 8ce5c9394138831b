/** Steps for the resource pool, in English and Swedish, both driving the same {@code ResourceDriver}. */
package se.esp.scenarios.resource;

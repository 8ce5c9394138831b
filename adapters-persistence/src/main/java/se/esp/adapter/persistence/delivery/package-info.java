/** Deliveries and their seats in JPA and in memory; the JPA adapter also answers matching's open deliveries. */
package se.esp.adapter.persistence.delivery;

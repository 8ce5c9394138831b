/** Where the fee schedule is stored: as one JSON document row (JPA) or in memory. */
package se.esp.adapter.persistence.fee;

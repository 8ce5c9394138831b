/**
 * Matching's bookkeeping: requests for a run and the database-wide lock that serialises runs of every server
 * (JPA), and the same contract in memory, where transactions are serialised anyway.
 */
package se.esp.adapter.persistence.matching;

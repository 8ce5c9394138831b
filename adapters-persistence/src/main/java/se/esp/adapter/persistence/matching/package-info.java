/**
 * In-memory adapters for the ports matching reads that belong to areas not stored yet (waiting applications, open
 * deliveries, offering requirements): the seams where those areas' storage plugs in.
 */
package se.esp.adapter.persistence.matching;

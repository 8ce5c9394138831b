/**
 * Micro-credentials: the owner defines what completing a service earns (versioned definitions aligned to an
 * occupational profile or an ESCO concept), and a completed delivery issues one credential per linked definition
 * to each participant who completed it.
 */
package se.esp.domain.credential;

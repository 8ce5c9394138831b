/**
 * The national pool of resources: professionals with coordinator-verified competences (each with evidence and an
 * expiry date), languages, an employer or none, an hourly rate and weekly availability under a cap.
 */
package se.esp.domain.resource;

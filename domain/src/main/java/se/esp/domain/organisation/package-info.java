/**
 * Organisations taking part in the platform: municipalities, regions, agencies, companies, associations,
 * independent providers and the owner, with the roles they play (supplier, consumer, partner).
 */
package se.esp.domain.organisation;

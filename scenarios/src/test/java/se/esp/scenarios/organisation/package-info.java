/** Steps for organisations, in English and Swedish, both driving the same {@code OrganisationDriver}. */
package se.esp.scenarios.organisation;

/**
 * What every domain area shares: stable error codes, validation failures that name their field, the contract of a
 * domain event, common values, and the ids that areas on both sides of matching refer to ({@code ApplicationId},
 * {@code OfferingVersionId}): offering, application and delivery depend on matching, so matching can name them only
 * from here.
 */
package se.esp.domain.shared;

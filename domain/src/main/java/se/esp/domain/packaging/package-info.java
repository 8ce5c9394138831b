/**
 * Packaging: a supplier describes a service once (content per language, components, resources, form, costs),
 * has it quality-reviewed against the owner's checklist and publishes it as an offering version. The costing
 * model is a pure calculation on the packaging's content.
 */
package se.esp.domain.packaging;

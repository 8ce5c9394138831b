/** The services behind the packaging, review, publication, costing and checklist use cases. */
package se.esp.application.packaging;

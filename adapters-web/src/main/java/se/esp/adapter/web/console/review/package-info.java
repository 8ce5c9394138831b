/**
 * The coordinators' pages: the review queue and the review of one packaging (its content, costing, checklist and
 * what changed since earlier versions), and the verification queue of resources' competences.
 */
package se.esp.adapter.web.console.review;

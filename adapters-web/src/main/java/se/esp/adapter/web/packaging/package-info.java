/** Packagings over HTTP: drafting, quality review, publication, the costing query and the review checklist. */
package se.esp.adapter.web.packaging;

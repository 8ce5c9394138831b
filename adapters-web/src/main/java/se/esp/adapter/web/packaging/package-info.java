/**
 * Packagings over HTTP: drafting, quality review, publication, the costing query and the review checklist; and the
 * models of a packaging's content, which offering versions are written with too.
 */
package se.esp.adapter.web.packaging;

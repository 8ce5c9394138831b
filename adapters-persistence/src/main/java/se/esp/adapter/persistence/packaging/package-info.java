/** Packagings and the review checklist: JPA entities with JSON documents, the JPA and in-memory adapters. */
package se.esp.adapter.persistence.packaging;

/**
 * Offerings: the published, quality-assured versions of packagings, each version immutable and readable for good
 * (applications refer to the exact version), and the catalogue entry an offering shows while it is on offer.
 */
package se.esp.domain.offering;

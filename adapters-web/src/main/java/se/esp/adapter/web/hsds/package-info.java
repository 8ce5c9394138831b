/**
 * The catalogue as Open Referral HSDS 3.0 (Human Services Data Specification): published offerings as services,
 * their suppliers as organizations, in HSDS's field names and paging envelope, for other directories to read.
 */
package se.esp.adapter.web.hsds;

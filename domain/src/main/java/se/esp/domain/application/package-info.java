/**
 * Applications: a consumer organisation applies for participants to the exact offering version, the answers checked
 * against that version's form and eligibility rules; then matched, waitlisted, confirmed, run and completed.
 */
package se.esp.domain.application;

/**
 * Matching run and stored, automatically after every change of demand or supply ({@code MatchingTrigger}) and one run
 * at a time across every server sharing the database.
 */
package se.esp.application.matching;

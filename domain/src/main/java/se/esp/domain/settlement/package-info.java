/**
 * Settlement per calendar month: lines per organisation traced to their cause, computed from values (sold
 * deliveries, fee charges, reversals) so it does not depend on how deliveries are modelled; periods that close
 * and never change; statements per organisation.
 */
package se.esp.domain.settlement;

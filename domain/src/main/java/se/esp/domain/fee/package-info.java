/**
 * The fee rules the owner configures: a schedule of rates in dated versions (transaction, scaling-project,
 * membership by population band, participation by level, indexation), partner fees, memberships and joint costs
 * split by a cost key; and what they make due in a month ({@link se.esp.domain.fee.FeeCalculator}).
 */
package se.esp.domain.fee;

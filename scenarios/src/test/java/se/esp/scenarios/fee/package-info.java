/** Steps for fees and settlement, in English and Swedish, both driving the same {@code SettlementDriver}. */
package se.esp.scenarios.fee;

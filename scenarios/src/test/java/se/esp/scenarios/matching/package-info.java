/** Steps for matching, in English and Swedish, both driving the same {@code MatchingDriver}. */
package se.esp.scenarios.matching;

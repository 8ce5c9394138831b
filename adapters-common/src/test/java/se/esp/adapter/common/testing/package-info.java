/** Test fixtures shared with the adapters' tests: the rules API models follow, test keys and tokens. */
package se.esp.adapter.common.testing;

/** The contract every event publisher keeps, run on the in-memory publisher and on a real broker. */
package se.esp.adapter.messaging.contract;

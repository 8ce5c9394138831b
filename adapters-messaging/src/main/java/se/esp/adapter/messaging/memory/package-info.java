/** The events topic in memory, for scenarios and for embedding the library without a broker. */
package se.esp.adapter.messaging.memory;

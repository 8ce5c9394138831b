/** Test fixtures shared through the test-jar: an embedded ActiveMQ Artemis broker and a durable subscription. */
package se.esp.adapter.messaging.testing;

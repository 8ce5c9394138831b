/** The service that runs matching over what the outbound ports hold. */
package se.esp.application.matching;

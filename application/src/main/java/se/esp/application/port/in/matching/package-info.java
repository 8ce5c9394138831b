/** The use case that runs matching over the waiting demand, the resource pool and the open deliveries. */
package se.esp.application.port.in.matching;

/**
 * The use cases of the platform. Inbound ports ({@code port.in}) are what adapters call; outbound ports
 * ({@code port.out}) are what the services need from the outside world. Plain Java, no framework.
 */
package se.esp.application;

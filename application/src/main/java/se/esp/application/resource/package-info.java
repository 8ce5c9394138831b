/** The service behind the resource pool's use cases. */
package se.esp.application.resource;

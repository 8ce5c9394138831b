/** Inbound ports of micro-credentials: the owner's definitions and the credentials issued from them. */
package se.esp.application.port.in.credential;

/** Use cases for participants' personal data: register, read, change, export, complete, anonymise. */
package se.esp.application.port.in.participant;

/** Participants' personal data over HTTP: register, read, correct and export (every access audit-logged). */
package se.esp.adapter.web.participant;

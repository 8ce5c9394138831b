/** Micro-credential definitions and issued credentials, in memory and in the database. */
package se.esp.adapter.persistence.credential;

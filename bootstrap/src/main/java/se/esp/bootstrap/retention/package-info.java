/** The scheduled job that anonymises participants whose retention period has run out. */
package se.esp.bootstrap.retention;

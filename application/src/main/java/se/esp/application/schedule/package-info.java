/** Claims of the platform's scheduled jobs, so that of several servers on one database one runs each period. */
package se.esp.application.schedule;

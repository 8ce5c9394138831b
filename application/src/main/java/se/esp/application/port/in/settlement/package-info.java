/** Use cases for settlement: settle a month, close it, read periods and statements. */
package se.esp.application.port.in.settlement;

/** Use cases for the fee schedule: establish it, change rates from a date, partnerships, memberships, joint costs. */
package se.esp.application.port.in.fee;

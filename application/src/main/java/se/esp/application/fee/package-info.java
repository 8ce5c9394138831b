/** The fee schedule's use cases, behind {@code port.in.fee}. */
package se.esp.application.fee;

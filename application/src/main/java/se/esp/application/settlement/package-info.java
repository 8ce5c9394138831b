/** Settlement's use cases and the fee side of its inputs, behind {@code port.in.settlement}. */
package se.esp.application.settlement;

/** {@code /api/fee-schedule}: the fee rules the owner configures, over HTTP. */
package se.esp.adapter.web.fee;

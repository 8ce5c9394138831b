/**
 * Applications over HTTP: submit (idempotently, with {@code Idempotency-Key}), read, list, confirm, cancel, reject.
 * A submission is read by adapters-common's shared mapping, the same reading the inbound applications queue uses.
 */
package se.esp.adapter.web.application;

/** Applications over HTTP: submit (idempotently, with {@code Idempotency-Key}), read, list, confirm, cancel, reject. */
package se.esp.adapter.web.application;

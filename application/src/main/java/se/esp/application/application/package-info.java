/** The applications use cases: submit against an exact offering version, read, list, confirm, cancel, reject. */
package se.esp.application.application;

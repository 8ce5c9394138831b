/** Micro-credentials over HTTP: the owner's definitions and the credentials issued from them. */
package se.esp.adapter.web.credential;

/** The authorisation matrix: every REST endpoint × every role × own or another organisation. */
package se.esp.security;

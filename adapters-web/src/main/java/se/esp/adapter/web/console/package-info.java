/**
 * The admin console (Jakarta Faces): form sign-in, and pages over the same use cases as the API. Forms are
 * protected against cross-site request forgery by Faces' view state (server-side, unguessable) and a
 * {@code SameSite=Strict} session cookie.
 */
package se.esp.adapter.web.console;

/**
 * The admin console (Jakarta Faces): sign-in with the form (demo run) or through the owner's OpenID Connect provider
 * (its ID token's claims read as the API reads a bearer token), and pages over the same use cases as the API. Forms are
 * protected against cross-site request forgery by Faces' view state (server-side, unguessable) and a
 * {@code SameSite=Strict} session cookie.
 */
package se.esp.adapter.web.console;

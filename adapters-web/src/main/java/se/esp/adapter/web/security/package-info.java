/** Who is calling: turns the request's identity into the application's ActingUser. */
package se.esp.adapter.web.security;

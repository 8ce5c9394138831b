/** Who is acting, in which organisation and with which roles; every use case receives it and decides. */
package se.esp.application.security;

/**
 * The REST API under {@code /api}: thin resources that turn JSON into commands for the use cases and results
 * into JSON. Every error leaves as {@code application/problem+json} with a stable code.
 */
package se.esp.adapter.web;

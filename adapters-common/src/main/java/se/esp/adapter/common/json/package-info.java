/**
 * The one JSON reading layer of every inbound channel (REST and messages): strict parsing with bounds checked before
 * any arithmetic, and binding to typed request models whose violations are named by their path.
 */
package se.esp.adapter.common.json;

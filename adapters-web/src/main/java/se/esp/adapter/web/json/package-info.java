/** Reading request bodies and parameters strictly, naming every refused field at once. */
package se.esp.adapter.web.json;

/**
 * The two languages the web adapter speaks to people (Swedish, the default, and English): the bundle of texts and
 * the language a browser's cookie asks for. The console's pages and the error pages a browser gets both read them,
 * so neither depends on the other.
 */
package se.esp.adapter.web.language;

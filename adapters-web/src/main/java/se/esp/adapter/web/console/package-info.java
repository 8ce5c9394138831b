/**
 * The web console's foundation (Jakarta Faces with PrimeFaces): sign-in and the signed-in session, the sections each
 * role may use, the user's language, the texts, labels and formats of both languages, and the one rule by which a
 * refusal is shown on a page. Pages are built on it as described in adapters-web/README.md, "The console".
 */
package se.esp.adapter.web.console;

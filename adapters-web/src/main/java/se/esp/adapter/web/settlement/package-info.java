/** {@code /api/settlement}: settle and close months, read periods and statements as JSON, CSV and Peppol UBL. */
package se.esp.adapter.web.settlement;

/** Paged reads shared by every listing use case. */
package se.esp.application.paging;

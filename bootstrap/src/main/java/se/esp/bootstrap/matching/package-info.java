/** The periodic sweep that serves matching requests left pending (a server stopped between a change and its run). */
package se.esp.bootstrap.matching;

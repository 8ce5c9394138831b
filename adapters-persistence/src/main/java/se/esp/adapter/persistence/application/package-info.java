/** Applications in JPA and in memory; the JPA adapter also answers matching's waiting demand from plain columns. */
package se.esp.adapter.persistence.application;

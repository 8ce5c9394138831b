/** The JPA side: transactions, the entity-manager factory outside a server, schema migrations. */
package se.esp.adapter.persistence.jpa;

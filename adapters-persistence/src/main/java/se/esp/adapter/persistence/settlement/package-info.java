/** Where settlement periods, their runs and their lines (one row each, for SQL reads) are stored. */
package se.esp.adapter.persistence.settlement;

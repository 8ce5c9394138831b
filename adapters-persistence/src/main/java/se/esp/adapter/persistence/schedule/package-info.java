/** Claims of the scheduled jobs' periods: the {@code scheduled_job_run} table, and the same in memory. */
package se.esp.adapter.persistence.schedule;

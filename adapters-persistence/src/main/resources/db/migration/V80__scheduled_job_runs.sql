-- Scheduled jobs once per period across servers (issue 11, scale-out): every server schedules the outbox purge and
-- personal-data retention; before running, a server claims the job's current period by inserting its row here. The
-- primary key lets exactly one insert per (job, period_start) succeed; the others find the row (after waiting for the
-- first claimant's transaction if it is still open) and skip the period. Winners delete their job's rows older than
-- a few periods, so the table stays at a few rows per job. MariaDB and H2 (MODE=MariaDB) syntax.
CREATE TABLE scheduled_job_run (
    job          VARCHAR(100) NOT NULL,
    period_start DATETIME(6)  NOT NULL,
    claimed_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_scheduled_job_run PRIMARY KEY (job, period_start)
) DEFAULT CHARSET = utf8mb4;

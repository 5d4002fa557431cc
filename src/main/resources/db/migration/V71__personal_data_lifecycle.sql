-- The personal data lifecycle (issue 11, item 9): people anonymized after the retention period,
-- and the daily runs of the job that does it. A run claims its day by inserting its row: the
-- primary key lets exactly one instance of several claim a day.
ALTER TABLE person ADD COLUMN anonymized_on DATE;

CREATE TABLE anonymization_run (
    run_day          DATE        NOT NULL PRIMARY KEY,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    retention_years  INTEGER     NOT NULL,
    people           INTEGER
);

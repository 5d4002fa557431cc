-- Tallies of the national landing page (reporting): what the whole Party's figures are made of,
-- kept as the facts change so that the country's progress, funnel, overdue dossiers and stagnant
-- cells are read from a few thousand rows rather than from every admission of the country.
--
-- tally_organization_day: for each organization of today's structure, what the history it
-- carries (its own and that of the organizations it took over, organization_lineage)
-- contributes, by kind and day: DECIDED (admission_record, by decision), OPENED, RECOGNIZED
-- (dossiers), DUE (open dossiers by deadline), PENDING (awaiting a decision), POOL (in the pool),
-- ATTENDED (pool, by the class attended). Figures without a day carry 1900-01-01.
CREATE TABLE tally_organization_day (
    organization_id  BIGINT      NOT NULL,
    kind             VARCHAR(12) NOT NULL,
    dated            DATE        NOT NULL,
    n                BIGINT      NOT NULL,
    CONSTRAINT pk_tally_organization_day PRIMARY KEY (organization_id, kind, dated)
);

-- Where each organization's contribution is added, at two tiers below the national
-- organization: tier 1, the child of the national organization whose subtree holds it today (a
-- province); tier 2, the grandchild (a commune of the province). An organization above the tier
-- is its own top there (the national organization, a province's own facts); NULL outside the
-- national organization. For a cell, the first day it existed and its last admission decision
-- (1900-01-01: none); and the pool it carries today (its POOL contribution, kept here for the
-- list of stagnant cells).
CREATE TABLE tally_organization (
    organization_id  BIGINT NOT NULL PRIMARY KEY,
    top_id           BIGINT,
    part_id          BIGINT,
    since            DATE,
    last_decision    DATE,
    pool             BIGINT NOT NULL
);

-- The cells of a top, for the list of stagnant cells.
CREATE INDEX ix_tally_organization_top ON tally_organization (top_id, since, last_decision);
CREATE INDEX ix_tally_organization_part ON tally_organization (part_id, since, last_decision);

-- One row per top of tier 1: locked by whoever changes its tallies (or those of the parts under
-- it), so that changes of one province are added one after the other.
CREATE TABLE tally_top (
    top_id  BIGINT NOT NULL PRIMARY KEY
);
-- Row 0 stands for everything outside the whole Party's tree: locked by a write there (which keeps
-- no tallies) and by every change of the tree, which may bring it in.
INSERT INTO tally_top (top_id) VALUES (0);

-- The sums read by the landing pages of the national organization (tier 1: by province) and of
-- a province (tier 2: by commune): by top, kind and day; and the cells of each top by first day
-- and last admission (the stagnant cells of any window are a sum over these).
CREATE TABLE tally_top_day (
    tier    INTEGER     NOT NULL,
    top_id  BIGINT      NOT NULL,
    kind    VARCHAR(12) NOT NULL,
    dated   DATE        NOT NULL,
    n       BIGINT      NOT NULL,
    CONSTRAINT pk_tally_top_day PRIMARY KEY (tier, top_id, kind, dated)
);

-- The same key with the count: a figure reads a kind's days of its tops from the index alone
-- (the country's progress: 380 index pages instead of 3,400 scattered table pages).
CREATE INDEX ix_tally_top_day_count ON tally_top_day (tier, top_id, kind, dated, n);

CREATE TABLE tally_top_cell (
    tier           INTEGER NOT NULL,
    top_id         BIGINT  NOT NULL,
    since          DATE    NOT NULL,
    last_decision  DATE    NOT NULL,
    n              BIGINT  NOT NULL,
    CONSTRAINT pk_tally_top_cell PRIMARY KEY (tier, top_id, since, last_decision)
);

-- Open dossiers that can fall overdue, by deadline: the admission module's condition of
-- "overdue" (DossierStore.overdueCount) as a published view for the tallies.
CREATE VIEW admission_due_fact AS
SELECT d.id AS dossier_id, d.cell_id, d.due_date
FROM admission_dossier d
WHERE d.open_person_id IS NOT NULL AND d.state <> 'STOPPED' AND d.due_date IS NOT NULL;

-- Whether the tallies hold everything: false until the application has built them from the facts
-- at its start (after this migration, or after data was loaded with SQL behind its back, which
-- then sets it false again); from then on they follow every change.
CREATE TABLE tally_state (
    id     INTEGER NOT NULL PRIMARY KEY,
    built  BOOLEAN NOT NULL
);
INSERT INTO tally_state (id, built) VALUES (1, FALSE);

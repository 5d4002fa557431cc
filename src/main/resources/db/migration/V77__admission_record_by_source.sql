-- The two sources of admission_record as views of their own, so that a report can join each to
-- the cells of a subtree and read a province's admissions cell by cell through an index: a join
-- cannot reach into a union whose dossier branch holds a NOT EXISTS. admission_record itself is
-- unchanged: the member records' admissions, then the dossiers' not yet in a member record.
DROP VIEW admission_record;

CREATE VIEW admission_record_member AS
SELECT m.person_id, m.admitting_organization_id AS cell_id, m.decision_date, m.admitted_on AS ceremony_date,
       m.official_on AS recognized_on, m.member_id, CAST(NULL AS BIGINT) AS dossier_id
FROM member_admission m
WHERE m.admitted_elsewhere = FALSE;

CREATE VIEW admission_record_dossier AS
SELECT f.person_id, f.cell_id, f.decision_date, CAST(NULL AS DATE) AS ceremony_date,
       CAST(NULL AS DATE) AS recognized_on, CAST(NULL AS BIGINT) AS member_id, f.dossier_id
FROM admission_fact f
WHERE f.decision_date IS NOT NULL AND f.member_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM member_admission m
                  WHERE m.person_id = f.person_id AND m.decision_date = f.decision_date);

CREATE VIEW admission_record AS
SELECT person_id, cell_id, decision_date, ceremony_date, recognized_on, member_id, dossier_id
FROM admission_record_member
UNION ALL
SELECT person_id, cell_id, decision_date, ceremony_date, recognized_on, member_id, dossier_id
FROM admission_record_dossier;

-- Indexes that answer the progress report alone (index-only scans): a dossier's decision by day
-- for the whole country and by cell for a subtree, with what tells whether a member record
-- already holds it; and the organizations whose history a successor carries, by successor.
-- IF NOT EXISTS: the landing page's migration may make the same two on admission_dossier.
CREATE INDEX IF NOT EXISTS ix_admission_dossier_decision_record ON admission_dossier (decision_date, cell_id, member_id, person_id);
CREATE INDEX IF NOT EXISTS ix_admission_dossier_cell_record ON admission_dossier (cell_id, decision_date, member_id, person_id);
CREATE INDEX IF NOT EXISTS ix_organization_successor_cells ON organization_successor (successor_id, organization_id);

-- One source of truth for an admission: the admission decision of a person into the Party, on
-- the decision's date, credited to the cell that admitted them. It is the member record's
-- admission for every member admitted here — registered with their dates, imported, or made a
-- member at the ceremony of their dossier — and, until that ceremony, the decision of the dossier.
-- A dossier whose person is already registered with the same decision is the same admission.
-- Progress, ranking, the admissions report, stagnant cells and the dashboard all read this view;
-- the ceremony starts the membership and the probation, the recognition is the official date.
CREATE VIEW admission_record AS
SELECT m.person_id, m.admitting_organization_id AS cell_id, m.decision_date, m.admitted_on AS ceremony_date,
       m.official_on AS recognized_on, m.member_id, CAST(NULL AS BIGINT) AS dossier_id
FROM member_admission m
WHERE m.admitted_elsewhere = FALSE
UNION ALL
SELECT f.person_id, f.cell_id, f.decision_date, CAST(NULL AS DATE) AS ceremony_date,
       CAST(NULL AS DATE) AS recognized_on, CAST(NULL AS BIGINT) AS member_id, f.dossier_id
FROM admission_fact f
WHERE f.decision_date IS NOT NULL AND f.member_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM member_admission m
                  WHERE m.person_id = f.person_id AND m.decision_date = f.decision_date);

CREATE INDEX ix_party_member_person_decision ON party_member (person_id, decision_date);

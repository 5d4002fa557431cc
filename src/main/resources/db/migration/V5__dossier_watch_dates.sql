-- What the worklist needs of a dossier without reading its steps: when it was opened, when the
-- probation ends, when its papers and its certificate expire, and the first day it needs
-- attention (overdue, something expiring before the cell's vote, recognition falling due).
-- All are derived from the steps after each change.
ALTER TABLE admission_dossier ADD COLUMN opened_on DATE;
UPDATE admission_dossier SET opened_on = CAST(created_at AS DATE);
ALTER TABLE admission_dossier ALTER COLUMN opened_on SET NOT NULL;
ALTER TABLE admission_dossier ADD COLUMN probation_end DATE;
ALTER TABLE admission_dossier ADD COLUMN papers_expire_on DATE;
ALTER TABLE admission_dossier ADD COLUMN certificate_expires_on DATE;
ALTER TABLE admission_dossier ADD COLUMN attention_on DATE;
CREATE INDEX ix_admission_dossier_attention ON admission_dossier (attention_on, cell_id);
CREATE INDEX ix_admission_dossier_person ON admission_dossier (person_id);

DROP VIEW admission_fact;
CREATE VIEW admission_fact AS
SELECT d.id AS dossier_id, d.person_id, d.cell_id, d.member_id, d.state, d.decision_date, d.ceremony_date,
       d.probation_end
FROM admission_dossier d;

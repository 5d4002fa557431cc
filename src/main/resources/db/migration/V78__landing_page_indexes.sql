-- The landing page at national scale (V77 made the dossiers' indexes by cell and by decision that
-- the stagnant cells also read). The last admission of each cell among the registered members:
CREATE INDEX IF NOT EXISTS ix_party_member_admitting_decision ON party_member (admitting_organization_id, decision_date);
-- The funnel of the whole country: the dossiers opened, and those recognized, in a year.
CREATE INDEX IF NOT EXISTS ix_admission_dossier_opened ON admission_dossier (opened_on, cell_id);
CREATE INDEX IF NOT EXISTS ix_admission_dossier_probation_end ON admission_dossier (probation_end, state, cell_id);
-- The overdue dossiers of a scope: the open dossiers past their deadline, without the table.
CREATE INDEX IF NOT EXISTS ix_admission_dossier_due ON admission_dossier (due_date, cell_id, state, open_person_id);

-- The landing page at national scale. Each cell's admissions as the view admission_record reads
-- them (the dossier's cell and decision, and what the view checks it against), without the table:
-- the last admission of each cell for the stagnant cells, a year's decisions of the whole country.
CREATE INDEX IF NOT EXISTS ix_admission_dossier_cell_record ON admission_dossier (cell_id, decision_date, member_id, person_id);
CREATE INDEX IF NOT EXISTS ix_admission_dossier_decision_record ON admission_dossier (decision_date, cell_id, member_id, person_id);
CREATE INDEX IF NOT EXISTS ix_party_member_admitting_decision ON party_member (admitting_organization_id, decision_date);
-- The funnel of the whole country: the dossiers opened, and those recognized, in a year.
CREATE INDEX IF NOT EXISTS ix_admission_dossier_opened ON admission_dossier (opened_on, cell_id);
CREATE INDEX IF NOT EXISTS ix_admission_dossier_probation_end ON admission_dossier (probation_end, state, cell_id);
-- The overdue dossiers of a scope: the open dossiers past their deadline, without the table.
CREATE INDEX IF NOT EXISTS ix_admission_dossier_due ON admission_dossier (due_date, cell_id, state, open_person_id);

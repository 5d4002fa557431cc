-- Reports at national scale: dossiers awaiting a decision by cell, a cell's last decision, and
-- whether a membership came from a dossier.
CREATE INDEX ix_admission_dossier_state ON admission_dossier (state, cell_id);
CREATE INDEX ix_admission_dossier_cell_decision ON admission_dossier (cell_id, decision_date);
CREATE INDEX ix_admission_dossier_member ON admission_dossier (member_id);

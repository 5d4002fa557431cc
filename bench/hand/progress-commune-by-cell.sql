-- label: progress of a commune by cell, term 2025-2030 (87 cells)
-- url: /api/v1/reports/progress?organization=P01-X001&term=2025-2030&asOf=2026-11-29
-- The decisions of the term up to the as-of date, of the last 365 days, and the dossiers awaiting
-- a decision, per cell of the commune, as one would write it by hand on the tables.
SELECT c.descendant_id AS cell_id,
       count(d.id) FILTER (WHERE d.decision_date BETWEEN DATE '2025-10-01' AND DATE '2026-11-29') AS admitted,
       count(d.id) FILTER (WHERE d.decision_date BETWEEN DATE '2025-11-30' AND DATE '2026-11-29') AS recent,
       count(d.id) FILTER (WHERE d.state = 'PROPOSED') AS pending
FROM organization_closure c
LEFT JOIN admission_dossier d ON d.cell_id = c.descendant_id
WHERE c.ancestor_id = (SELECT id FROM organization WHERE code = 'P01-X001')
  AND c.valid_from <= CURRENT_DATE AND CURRENT_DATE < c.valid_to
GROUP BY c.descendant_id;

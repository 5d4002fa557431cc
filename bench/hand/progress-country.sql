-- label: progress of the country by province, term
-- url: /api/v1/reports/progress?organization=VN&term=2025-2030&asOf=2026-11-29
-- The best hand-written aggregate over the tables for what the application answers: for each
-- province (the country's children today) and the country, the admissions decided from the
-- term's first day up to the as-of date, those of the last 365 days (the projection's pace) and
-- the dossiers awaiting a decision; a cell's admissions go to the organization its history
-- belongs to today (organization_successor). Every decision of the period is read once, and
-- joined to the tree once. The provinces are named by their ids in bench/national-tree.sql, as
-- the application passes the children it looked up.
WITH decided AS (
    SELECT d.cell_id, d.decision_date, 0 AS pending
    FROM admission_dossier d
    WHERE d.decision_date BETWEEN DATE '2025-10-01' AND DATE '2026-11-29' AND d.member_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM party_member m
                      WHERE m.person_id = d.person_id AND m.decision_date = d.decision_date)
    UNION ALL
    SELECT m.admitting_organization_id, m.decision_date, 0
    FROM party_member m
    WHERE m.decision_date BETWEEN DATE '2025-10-01' AND DATE '2026-11-29' AND NOT m.admitted_elsewhere
    UNION ALL
    SELECT d.cell_id, NULL, 1 FROM admission_dossier d WHERE d.state = 'PROPOSED'
), per_province AS (
    SELECT c.ancestor_id, COUNT(p.decision_date) AS admitted,
           COUNT(*) FILTER (WHERE p.decision_date >= DATE '2025-11-30') AS recent, SUM(p.pending) AS pending
    FROM decided p
    JOIN organization_successor l ON l.organization_id = p.cell_id
    JOIN organization_closure c ON c.descendant_id = l.successor_id
    WHERE c.ancestor_id IN (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                            22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35)
      AND c.valid_from <= CURRENT_DATE AND CURRENT_DATE < c.valid_to
    GROUP BY c.ancestor_id
)
SELECT o.code, p.admitted, p.recent, p.pending FROM per_province p JOIN organization o ON o.id = p.ancestor_id
UNION ALL
SELECT 'VN', SUM(admitted), SUM(recent), SUM(pending) FROM per_province
ORDER BY 1;

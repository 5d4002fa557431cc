-- label: progress of the country by province, term (from the tallies)
-- url: /api/v1/reports/progress?organization=VN&term=2025-2030&asOf=2026-11-29
-- The same figures read by hand from the tallies the application keeps (V79, tier 1: the
-- country's children): the admissions decided from the term's first day up to the as-of date,
-- those of the last 365 days and the dossiers awaiting a decision, for each province and the
-- country. progress-country.sql computes them from the admissions themselves. Each kind is one
-- range of the covering index (an OR of the two would read every row of the tops).
WITH per_province AS (
    SELECT t.top_id,
           SUM(CASE WHEN t.kind = 'DECIDED' AND t.dated >= DATE '2025-10-01' THEN t.n ELSE 0 END) AS admitted,
           SUM(CASE WHEN t.kind = 'DECIDED' AND t.dated >= DATE '2025-11-30' THEN t.n ELSE 0 END) AS recent,
           SUM(CASE WHEN t.kind = 'PENDING' THEN t.n ELSE 0 END) AS pending
    FROM (SELECT top_id, kind, dated, n FROM tally_top_day
          WHERE tier = 1 AND kind = 'PENDING'
            AND top_id IN (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                       22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35)
          UNION ALL
          SELECT top_id, kind, dated, n FROM tally_top_day
          WHERE tier = 1 AND kind = 'DECIDED' AND dated BETWEEN DATE '2025-10-01' AND DATE '2026-11-29'
            AND top_id IN (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                       22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35)) t
    GROUP BY t.top_id
)
SELECT o.code, p.admitted, p.recent, p.pending FROM per_province p JOIN organization o ON o.id = p.top_id
UNION ALL
SELECT 'VN', SUM(admitted), SUM(recent), SUM(pending) FROM per_province
ORDER BY 1;

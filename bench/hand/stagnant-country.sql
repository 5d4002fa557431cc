-- label: stagnant cells of the country (3 years)
-- url: /api/v1/reports/stagnant-cells?organization=VN&years=3
-- Today's cells of the country that existed the whole three years up to today and admitted
-- nobody after the window opened (an admission on that very day is outside it). The cells that
-- admitted someone are found in one pass over the window's admissions (index-only range scans of
-- ix_admission_dossier_decision_record and ix_party_member_decision), credited to today's
-- successor, and taken away by a hash anti-join; the cells' first days by one index probe each.
-- Today is the day in Vietnam, as the application counts it.
-- (A NOT IN here is not hashed for 300,000 successors and runs for minutes.)
SELECT COUNT(*)
FROM organization_subtree s
JOIN organization_directory o ON o.id = s.descendant_id
WHERE s.ancestor_id = (SELECT id FROM organization_directory WHERE code = 'VN')
  AND s.valid_from <= CAST(now() AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) AND CAST(now() AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) < s.valid_to
  AND o.type IN ('CELL', 'GRASSROOTS_CELL')
  AND EXISTS (SELECT 1 FROM organization_subtree x
              WHERE x.ancestor_id = o.id AND x.descendant_id = o.id
                AND x.valid_from <= CAST(CAST(now() AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) - INTERVAL '3 years' AS DATE))
  AND NOT EXISTS (SELECT 1 FROM admission_record f JOIN organization_lineage l ON l.organization_id = f.cell_id
                  WHERE l.successor_id = o.id
                    AND f.decision_date > CAST(CAST(now() AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) - INTERVAL '3 years' AS DATE)
                    AND f.decision_date <= CAST(now() AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE));

-- label: progress of a province by commune, term
-- url: /api/v1/reports/progress?organization=P01&term=2025-2030&asOf=2026-11-29
-- The best hand-written aggregate over the tables for what the application answers: for each
-- commune of the province (its children today) and the province, the admissions decided from
-- the term's first day up to the as-of date, those of the last 365 days (the projection's pace)
-- and the dossiers awaiting a decision; a cell's admissions go to the organization its history
-- belongs to today (organization_successor). Only the province's cells are read, each through
-- the indexes by cell. The communes are named by their ids in bench/national-tree.sql, as the
-- application passes the children it looked up.
WITH communes AS (
    SELECT id FROM organization
    WHERE id IN (1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014,
                 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028,
                 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042,
                 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056,
                 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070,
                 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084,
                 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098,
                 1099, 1100)
), rows AS (
    SELECT c.ancestor_id, d.decision_date, 0 AS pending
    FROM organization_closure c
    JOIN organization_successor l ON l.successor_id = c.descendant_id
    JOIN admission_dossier d ON d.cell_id = l.organization_id
    WHERE c.ancestor_id IN (SELECT id FROM communes) AND c.valid_from <= CURRENT_DATE AND CURRENT_DATE < c.valid_to
      AND d.decision_date BETWEEN DATE '2025-10-01' AND DATE '2026-11-29' AND d.member_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM party_member m
                      WHERE m.person_id = d.person_id AND m.decision_date = d.decision_date)
    UNION ALL
    SELECT c.ancestor_id, m.decision_date, 0
    FROM organization_closure c
    JOIN organization_successor l ON l.successor_id = c.descendant_id
    JOIN party_member m ON m.admitting_organization_id = l.organization_id
    WHERE c.ancestor_id IN (SELECT id FROM communes) AND c.valid_from <= CURRENT_DATE AND CURRENT_DATE < c.valid_to
      AND m.decision_date BETWEEN DATE '2025-10-01' AND DATE '2026-11-29' AND NOT m.admitted_elsewhere
    UNION ALL
    SELECT c.ancestor_id, NULL, 1
    FROM organization_closure c
    JOIN organization_successor l ON l.successor_id = c.descendant_id
    JOIN admission_dossier d ON d.cell_id = l.organization_id
    WHERE c.ancestor_id IN (SELECT id FROM communes) AND c.valid_from <= CURRENT_DATE AND CURRENT_DATE < c.valid_to
      AND d.state = 'PROPOSED'
), per_commune AS (
    SELECT ancestor_id, COUNT(decision_date) AS admitted,
           COUNT(*) FILTER (WHERE decision_date >= DATE '2025-11-30') AS recent, SUM(pending) AS pending
    FROM rows GROUP BY ancestor_id
)
SELECT o.code, p.admitted, p.recent, p.pending FROM per_commune p JOIN organization o ON o.id = p.ancestor_id
UNION ALL
SELECT 'P01', SUM(admitted), SUM(recent), SUM(pending) FROM per_commune
ORDER BY 1;

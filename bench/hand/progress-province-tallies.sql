-- label: progress of a province by commune, term (from the tallies)
-- url: /api/v1/reports/progress?organization=P01&term=2025-2030&asOf=2026-11-29
-- The same figures read by hand from the tallies the application keeps (V79, tier 2: the
-- communes of each province, and a province's own facts under the province): for each commune
-- of P01 and the province. progress-province.sql computes them from the admissions themselves.
-- Each kind is one range of the covering index (an OR of the two would read every row of the tops).
WITH per_commune AS (
    SELECT t.top_id,
           SUM(CASE WHEN t.kind = 'DECIDED' AND t.dated >= DATE '2025-10-01' THEN t.n ELSE 0 END) AS admitted,
           SUM(CASE WHEN t.kind = 'DECIDED' AND t.dated >= DATE '2025-11-30' THEN t.n ELSE 0 END) AS recent,
           SUM(CASE WHEN t.kind = 'PENDING' THEN t.n ELSE 0 END) AS pending
    FROM (SELECT top_id, kind, dated, n FROM tally_top_day
          WHERE tier = 2 AND kind = 'PENDING'
            AND top_id IN (1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015,
                       1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030,
                       1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045,
                       1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060,
                       1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075,
                       1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090,
                       1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100)
          UNION ALL
          SELECT top_id, kind, dated, n FROM tally_top_day
          WHERE tier = 2 AND kind = 'DECIDED' AND dated BETWEEN DATE '2025-10-01' AND DATE '2026-11-29'
            AND top_id IN (1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015,
                       1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030,
                       1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045,
                       1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060,
                       1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075,
                       1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090,
                       1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100)) t
    GROUP BY t.top_id
)
SELECT o.code, p.admitted, p.recent, p.pending FROM per_commune p JOIN organization o ON o.id = p.top_id
UNION ALL
SELECT 'P01', SUM(admitted), SUM(recent), SUM(pending) FROM per_commune
ORDER BY 1;

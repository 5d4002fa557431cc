-- Ten years of admissions at national scale on top of national-tree.sql: 2,000,000 people and
-- their dossiers spread over the 295,800 cells (decisions from 12/2016 to 11/2026, one in twenty
-- still awaiting a decision), two terms, and targets for every province and commune.
BEGIN;
INSERT INTO organization_successor (organization_id, successor_id)
SELECT id, id FROM organization ON CONFLICT DO NOTHING;

INSERT INTO person (id, full_name, search_name, sort_key, birth_date, gender, ethnicity, religion,
                    residence_organization_id, version, created_at, created_by, updated_at, updated_by)
SELECT i, 'Người Số ' || i, 'nguoi so ' || i, 'so ' || i, DATE '1990-01-01' + (i % 5000), 'MALE', '01', 'NONE',
       100001 + (i::bigint * 7919) % 295800, 0, now(), 'bench', now(), 'bench'
FROM generate_series(1, 2000000) AS i;
SELECT setval(pg_get_serial_sequence('person', 'id'), 2000000);

INSERT INTO admission_dossier (person_id, cell_id, open_person_id, state, next_step, due_date, decision_date,
                               ceremony_date, probation_end, opened_on, version, created_at, created_by, updated_at,
                               updated_by)
SELECT i, 100001 + (i::bigint * 7919) % 295800,
       CASE WHEN i % 20 = 0 THEN i END,
       CASE WHEN i % 20 = 0 THEN 'PROPOSED' WHEN d > DATE '2025-11-01' THEN 'PROBATION' ELSE 'OFFICIAL' END,
       CASE WHEN i % 20 = 0 THEN 'COMMITTEE_RESOLUTION' END,
       CASE WHEN i % 20 = 0 THEN d + 60 END,
       CASE WHEN i % 20 = 0 THEN NULL ELSE d END,
       CASE WHEN i % 20 = 0 THEN NULL ELSE d + 20 END,
       CASE WHEN i % 20 = 0 THEN NULL ELSE (d + 20) + INTERVAL '12 months' END,
       d - 120, 0, now(), 'bench', now(), 'bench'
FROM (SELECT i, DATE '2016-12-01' + (i % 3650) AS d FROM generate_series(1, 2000000) AS i) s;

INSERT INTO term (code, name, start_date, end_date, created_at, created_by) VALUES
  ('2020-2025', 'Nhiệm kỳ 2020-2025', DATE '2020-10-01', DATE '2025-09-30', now(), 'bench'),
  ('2025-2030', 'Nhiệm kỳ 2025-2030', DATE '2025-10-01', DATE '2030-09-30', now(), 'bench');
INSERT INTO admission_target (organization_id, term_code, target_year, admissions, version, created_at, created_by,
                              updated_at, updated_by)
SELECT id, '2025-2030', y, CASE WHEN type = 'PROVINCIAL' THEN 6000 ELSE 60 END * CASE WHEN y = 0 THEN 5 ELSE 1 END,
       0, now(), 'bench', now(), 'bench'
FROM organization CROSS JOIN (VALUES (0), (2026)) AS years(y)
WHERE type IN ('PROVINCIAL', 'GRASSROOTS_COMMITTEE');
COMMIT;
ANALYZE person;
ANALYZE admission_dossier;
ANALYZE organization_successor;
ANALYZE admission_target;

-- A synthetic national tree for benchmarks: the whole Party, 34 provinces, 100 communes per
-- province and 87 cells per commune (about 299,000 organizations), with their placements and
-- closure rows, on a database whose schema Flyway has created.
BEGIN;
INSERT INTO organization (id, code, name, search_name, type, cell_kind, version, created_at, created_by, updated_at, updated_by)
VALUES (1, 'VN', 'Đảng Cộng sản Việt Nam', 'dang cong san viet nam', 'CENTRAL', NULL, 0, now(), 'bench', now(), 'bench');

INSERT INTO organization (id, code, name, search_name, type, cell_kind, version, created_at, created_by, updated_at, updated_by)
SELECT 1 + p, 'P' || lpad(p::text, 2, '0'), 'Đảng bộ tỉnh Số ' || p, 'dang bo tinh so ' || p, 'PROVINCIAL', NULL,
       0, now(), 'bench', now(), 'bench'
FROM generate_series(1, 34) AS p;

INSERT INTO organization (id, code, name, search_name, type, cell_kind, version, created_at, created_by, updated_at, updated_by)
SELECT 1000 + c, 'P' || lpad(((c - 1) / 100 + 1)::text, 2, '0') || '-X' || lpad(((c - 1) % 100 + 1)::text, 3, '0'),
       'Đảng bộ xã Hòa Bình ' || c, 'dang bo xa hoa binh ' || c, 'GRASSROOTS_COMMITTEE', NULL,
       0, now(), 'bench', now(), 'bench'
FROM generate_series(1, 3400) AS c;

INSERT INTO organization (id, code, name, search_name, type, cell_kind, version, created_at, created_by, updated_at, updated_by)
SELECT 100000 + k,
       'P' || lpad(((((k - 1) / 87) / 100) + 1)::text, 2, '0') || '-X' || lpad(((((k - 1) / 87) % 100) + 1)::text, 3, '0')
           || '-C' || lpad(((k - 1) % 87 + 1)::text, 2, '0'),
       'Chi bộ Thôn ' || ((k - 1) % 87 + 1) || ' xã ' || ((k - 1) / 87 + 1),
       'chi bo thon ' || ((k - 1) % 87 + 1) || ' xa ' || ((k - 1) / 87 + 1), 'CELL', 'RESIDENTIAL',
       0, now(), 'bench', now(), 'bench'
FROM generate_series(1, 295800) AS k;

SELECT setval(pg_get_serial_sequence('organization', 'id'), (SELECT max(id) FROM organization));

-- Placements: every organization under its parent since the records begin.
INSERT INTO organization_placement (organization_id, valid_from, valid_to, parent_id)
SELECT id, DATE '1930-02-03', DATE '9999-12-31',
       CASE WHEN type = 'CENTRAL' THEN NULL
            WHEN type = 'PROVINCIAL' THEN 1
            WHEN type = 'GRASSROOTS_COMMITTEE' THEN 2 + (id - 1001) / 100
            ELSE 1001 + (id - 100001) / 87 END
FROM organization;

-- Closure: every ancestor of every organization (and itself).
INSERT INTO organization_closure (ancestor_id, descendant_id, valid_from, valid_to, depth)
SELECT id, id, DATE '1930-02-03', DATE '9999-12-31', 0 FROM organization;
INSERT INTO organization_closure (ancestor_id, descendant_id, valid_from, valid_to, depth)
WITH RECURSIVE up (descendant_id, ancestor_id, depth) AS (
    SELECT organization_id, parent_id, 1 FROM organization_placement WHERE parent_id IS NOT NULL
    UNION ALL
    SELECT up.descendant_id, p.parent_id, up.depth + 1
    FROM up JOIN organization_placement p ON p.organization_id = up.ancestor_id
    WHERE p.parent_id IS NOT NULL
)
SELECT ancestor_id, descendant_id, DATE '1930-02-03', DATE '9999-12-31', depth FROM up;
COMMIT;
ANALYZE organization;
ANALYZE organization_placement;
ANALYZE organization_closure;

-- Organizations found by any word of their name as typed: "tan thanh" finds "Đảng bộ phường Tân
-- Thành", "khu pho 4" finds "Chi bộ Khu phố 4". Each row is the folded name (organization.search_name:
-- lower case, no diacritics, đ as d) from the start of one of its words to its end, so that a
-- word-prefix search is a prefix search (suffix LIKE 'tan thanh%'), which a B-tree index answers
-- at national scale, on H2 and PostgreSQL alike. The application keeps it with the name
-- (OrganizationStore); this fills it for the organizations already stored.
CREATE TABLE organization_search_word (
    suffix          VARCHAR(255) NOT NULL,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    PRIMARY KEY (suffix, organization_id)
);
CREATE INDEX ix_organization_search_word_org ON organization_search_word (organization_id);

INSERT INTO organization_search_word (suffix, organization_id)
WITH RECURSIVE word (organization_id, suffix) AS (
    SELECT id, CAST(search_name AS VARCHAR(255)) FROM organization WHERE search_name <> ''
    UNION ALL
    SELECT organization_id, CAST(SUBSTRING(suffix FROM POSITION(' ' IN suffix) + 1) AS VARCHAR(255))
    FROM word WHERE POSITION(' ' IN suffix) > 0
)
SELECT DISTINCT suffix, organization_id FROM word;

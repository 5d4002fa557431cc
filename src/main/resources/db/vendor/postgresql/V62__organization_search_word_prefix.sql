-- PostgreSQL answers "suffix LIKE 'tan thanh%'" from a B-tree index only under the C collation or
-- with the pattern operator class; a database created with another collation needs this one.
-- H2 uses the primary key for the same prefix search (db/vendor/h2 has the empty counterpart).
CREATE INDEX ix_organization_search_word_prefix ON organization_search_word (suffix varchar_pattern_ops);
-- The same for a code typed in part ("BM-P-HOA" finds "BM-P-HOABINH" and everything under it).
CREATE INDEX ix_organization_code_prefix ON organization (code varchar_pattern_ops);

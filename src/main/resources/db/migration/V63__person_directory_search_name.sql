-- The folded name (lower case, no diacritics, đ as d) joins the membership module's read contract,
-- so that the dossiers, the pool and the classes search their people by name as the member list does.
CREATE OR REPLACE VIEW person_directory AS
SELECT id, full_name, sort_key, birth_date, national_id, residence_organization_id, search_name FROM person;

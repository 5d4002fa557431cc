-- People as other modules' lists show them: the membership module's read contract for names,
-- so that the pool, classes and dossiers join this view rather than the person table.
CREATE VIEW person_directory AS
SELECT id, full_name, sort_key, birth_date, national_id, residence_organization_id FROM person;

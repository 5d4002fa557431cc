-- The coded person fields the statistics of Party building (Hướng dẫn 11-HD/BTCTW) count by;
-- optional, so unknown for the people recorded before.
ALTER TABLE person ADD COLUMN occupation_category VARCHAR(24);
ALTER TABLE person ADD COLUMN professional_level VARCHAR(16);
ALTER TABLE person ADD COLUMN political_theory VARCHAR(16);
ALTER TABLE person ADD COLUMN youth_union_member BOOLEAN;

-- The membership module's read contract for statistics: a person's attributes, where each member
-- was counted when, and what happened to memberships on which day.
CREATE VIEW person_profile AS
SELECT id AS person_id, full_name, sort_key, birth_date, gender, ethnicity, religion, general_education,
       occupation_category, professional_level, political_theory, youth_union_member
FROM person;

CREATE VIEW membership_period_fact AS
SELECT mp.member_id, m.person_id, mp.organization_id, mp.valid_from, mp.valid_to, m.admitted_on, m.official_on,
       m.ended_on
FROM membership_period mp JOIN party_member m ON m.id = mp.member_id;

CREATE VIEW membership_movement_fact AS
SELECT member_id, type, movement_date, from_organization_id, to_organization_id FROM membership_movement;

-- A member record keeps both dates of the admission: the date in the admission decision (what the
-- targets count and party age counts from) and the ceremony (admitted_on: the membership and the
-- probation start). For an old member only one may be known; the record says which, and the
-- other takes its value. A member who came from a party organization outside this installation
-- was admitted elsewhere: their admission is not credited to any organization here.
ALTER TABLE party_member ADD COLUMN decision_date DATE;
ALTER TABLE party_member ADD COLUMN admission_dates VARCHAR(16) NOT NULL DEFAULT 'CEREMONY_ONLY';
ALTER TABLE party_member ADD COLUMN admitted_elsewhere BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE party_member SET decision_date = (SELECT d.decision_date FROM admission_dossier d WHERE d.member_id = party_member.id),
                        admission_dates = 'BOTH'
WHERE EXISTS (SELECT 1 FROM admission_dossier d WHERE d.member_id = party_member.id AND d.decision_date IS NOT NULL);
UPDATE party_member SET decision_date = admitted_on WHERE decision_date IS NULL;
UPDATE party_member SET admitted_elsewhere = TRUE
WHERE EXISTS (SELECT 1 FROM membership_movement v WHERE v.member_id = party_member.id AND v.type = 'TRANSFER_IN');
ALTER TABLE party_member ALTER COLUMN decision_date SET NOT NULL;

CREATE INDEX ix_party_member_decision ON party_member (decision_date, admitting_organization_id);

DROP VIEW member_admission;
CREATE VIEW member_admission AS
SELECT id AS member_id, person_id, decision_date, admitted_on, admission_dates, admitting_organization_id,
       admitted_elsewhere, official_on, ended_on
FROM party_member;

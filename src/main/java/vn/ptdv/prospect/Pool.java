package vn.ptdv.prospect;

import java.time.LocalDate;

/** The candidate pool for other modules: list a prospect, move them on, record a survey; with the pages' rules. */
public interface Pool {

    /** Lists the person in the organization's pool as the signed-in user; returns the entry's id. */
    long list(ListProspect prospect);

    /** Changes a pool entry: its channel, categories, mentor, status (with its date) or a note. */
    void change(ChangeProspect change);

    /** Records a survey of the organization's eligible non-members, by category; returns its id. */
    long survey(RecordSurvey survey);

    /** The person applied for admission on the date: their pool entry, if any, moves on to APPLIED. */
    void applied(long personId, LocalDate date);

    /** The person behind a pool entry in the user's scope. */
    long personOf(long prospectId);
}

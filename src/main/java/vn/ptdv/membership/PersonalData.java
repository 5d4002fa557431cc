package vn.ptdv.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a module holds about people, for the personal data lifecycle: each module that keeps
 * something about a person (the pool, classes, dossiers, and the person record itself) contributes
 * one, so that the daily anonymization and the export on request (the right of access) see
 * everything without reading another module's tables.
 */
public interface PersonalData {

    /** For each of the people that this module holds something about: the last day it changed, and whether it is open. */
    Map<Long, Activity> activity(Collection<Long> personIds);

    /** Removes or replaces the free text and identifiers this module holds about the people; coded values stay. */
    void anonymize(Collection<Long> personIds);

    /** What this module holds about the person, as sections of labelled lines, in Vietnamese. */
    List<Section> export(long personId);

    /**
     * The last day something about a person changed in a module, and whether something is still
     * open there (an active pool entry, an open dossier): open people are never anonymized.
     */
    record Activity(LocalDate lastDay, boolean open) {
        public Activity merge(Activity other) {
            return new Activity(lastDay.isAfter(other.lastDay) ? lastDay : other.lastDay, open || other.open);
        }
    }

    /** A part of the export: a title, the column headers and the rows, every value as text. */
    record Section(String title, List<String> headers, List<List<String>> rows) {
        public Section {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}

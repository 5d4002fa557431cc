package vn.ptdv.membership;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ptdv.shared.Formats;

/**
 * What a module holds about people, for the personal data lifecycle: each module that keeps
 * something about a person (the pool, classes, dossiers, and the person record itself) contributes
 * one, so that the daily anonymization and the export on request (the right of access) see
 * everything without reading another module's tables.
 */
public interface PersonalData {

    /**
     * For each of the people (never none) that this module holds something about: the last day it
     * changed, and whether it is open.
     */
    Map<Long, Activity> activity(Collection<Long> personIds);

    /** The activities read row by row (several rows for one person when the module holds several records), merged per person. */
    static Map<Long, Activity> perPerson(List<Map.Entry<Long, Activity>> rows) {
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Activity::merge));
    }

    /** Removes or replaces the free text and identifiers this module holds about the people; coded values stay. */
    void anonymize(Collection<Long> personIds);

    /** What this module holds about the person, as sections of labelled lines, in Vietnamese. */
    List<Section> export(long personId);

    /**
     * The last day something about a person changed in a module, and whether something is still
     * open there (an active pool entry, an open dossier): open people are never anonymized.
     */
    record Activity(LocalDate lastDay, boolean open) {
        /** A record changed at the time (stored in UTC), on that day in Vietnam. */
        public static Activity changedAt(OffsetDateTime time, boolean open) {
            return new Activity(time.atZoneSameInstant(Formats.VIETNAM_ZONE).toLocalDate(), open);
        }

        /** The same activity, lasting to {@code day} if that is later (nothing when null). */
        public Activity until(LocalDate day) {
            return day != null && day.isAfter(lastDay) ? new Activity(day, open) : this;
        }

        /** The same activity, lasting to the day of {@code time} if that is later (nothing when null). */
        public Activity until(OffsetDateTime time) {
            return time == null ? this : until(changedAt(time, open).lastDay());
        }

        public Activity merge(Activity other) {
            return until(other.lastDay).withOpen(open || other.open);
        }

        private Activity withOpen(boolean isOpen) {
            return new Activity(lastDay, isOpen);
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

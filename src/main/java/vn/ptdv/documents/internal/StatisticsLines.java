package vn.ptdv.documents.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import vn.ptdv.membership.GeneralEducation;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.PoliticalTheoryLevel;
import vn.ptdv.membership.ProfessionalLevel;

/**
 * The lines of each statistical table, in the order and grouping of Hướng dẫn 11-HD/BTCTW,
 * computed from what the store read; plain Java, so that the tables' arithmetic is tested
 * without a database.
 */
final class StatisticsLines {
    private StatisticsLines() {
    }

    /** Why a member entered the subtree: the increases of the table. */
    enum Increase {
        ADMITTED,
        TRANSFERRED_IN,
        /** Phục hồi đảng tịch: ptdv records no such movement yet, so the line shows 0. */
        RESTORED;

        static Increase of(StatisticsStore.Crossing entry) {
            return entry.movements().contains(MovementType.ADMISSION) ? ADMITTED : TRANSFERRED_IN;
        }
    }

    /** Why a member left the subtree: the decreases of the table. */
    enum Decrease {
        DIED,
        EXPELLED,
        REMOVED,
        LEFT,
        TRANSFERRED_OUT;

        static Decrease of(StatisticsStore.Crossing exit) {
            if (exit.movements().contains(MovementType.DEATH)) {
                return DIED;
            }
            if (exit.movements().contains(MovementType.EXPULSION)) {
                return EXPELLED;
            }
            if (exit.movements().contains(MovementType.REMOVAL)) {
                return REMOVED;
            }
            return exit.movements().contains(MovementType.LEAVE) ? LEFT : TRANSFERRED_OUT;
        }
    }

    /** The increase and decrease of a period: the members at its start and end, and what moved in between. */
    record Changes(long atStart, Map<Increase, Long> increases, Map<Decrease, Long> decreases, long atEnd) {
        long increased() {
            return increases.values().stream().mapToLong(Long::longValue).sum();
        }

        long decreased() {
            return decreases.values().stream().mapToLong(Long::longValue).sum();
        }

        static Changes of(long atStart, List<StatisticsStore.Crossing> entries, List<StatisticsStore.Crossing> exits,
                long atEnd) {
            Map<Increase, Long> up = new EnumMap<>(Increase.class);
            for (Increase i : Increase.values()) {
                up.put(i, 0L);
            }
            entries.forEach(e -> up.merge(Increase.of(e), 1L, Long::sum));
            Map<Decrease, Long> down = new EnumMap<>(Decrease.class);
            for (Decrease d : Decrease.values()) {
                down.put(d, 0L);
            }
            exits.forEach(e -> down.merge(Decrease.of(e), 1L, Long::sum));
            return new Changes(atStart, up, down, atEnd);
        }
    }

    static List<StatisticsLine> memberChanges(Changes now, Changes before) {
        List<StatisticsLine> lines = new ArrayList<>();
        lines.add(StatisticsLine.figure("1", "statistics.line.atStart", now.atStart(), before.atStart()));
        lines.add(StatisticsLine.figure("2", "statistics.line.increased", now.increased(), before.increased()));
        int i = 1;
        for (Increase increase : Increase.values()) {
            lines.add(StatisticsLine.figure("2." + i++, "statistics.increase." + increase.name(),
                    now.increases().get(increase), before.increases().get(increase)));
        }
        lines.add(StatisticsLine.figure("3", "statistics.line.decreased", now.decreased(), before.decreased()));
        i = 1;
        for (Decrease decrease : Decrease.values()) {
            lines.add(StatisticsLine.figure("3." + i++, "statistics.decrease." + decrease.name(),
                    now.decreases().get(decrease), before.decreases().get(decrease)));
        }
        lines.add(StatisticsLine.figure("4", "statistics.line.atEnd", now.atEnd(), before.atEnd()));
        return lines;
    }

    static List<StatisticsLine> newMembers(List<Profile> now, List<Profile> before) {
        Lines lines = new Lines(now, before);
        lines.figure("statistics.line.admitted", p -> true);
        structure(lines);
        lines.group("statistics.group.occupation", OccupationCategory.values(), Profile::occupation,
                OccupationCategory::messageKey);
        return lines.list;
    }

    static List<StatisticsLine> members(List<Profile> now, List<Profile> before) {
        Lines lines = new Lines(now, before);
        lines.figure("statistics.line.members", p -> true);
        lines.sub("statistics.line.official", Profile::official);
        lines.sub("statistics.line.probationary", p -> !p.official());
        structure(lines);
        lines.group("statistics.group.politicalTheory", PoliticalTheoryLevel.values(), Profile::theory,
                PoliticalTheoryLevel::messageKey);
        lines.group("statistics.group.occupation", OccupationCategory.values(), Profile::occupation,
                OccupationCategory::messageKey);
        return lines.list;
    }

    /**
     * Women, ethnic minorities, believers, Youth Union members, age, general education and
     * professional qualification: in both the new members' and the members' tables.
     */
    private static void structure(Lines lines) {
        lines.figure("statistics.line.female", Profile::female);
        lines.figure("statistics.line.minority", Profile::minority);
        lines.figure("statistics.line.religious", Profile::religious);
        lines.figure("statistics.line.youthUnion", p -> Boolean.TRUE.equals(p.youthUnion()));
        lines.group("statistics.group.age", Profile.AgeGroup.values(), Profile::age, a -> "statistics.age." + a.name());
        lines.group("statistics.group.education", GeneralEducation.values(), Profile::education,
                GeneralEducation::messageKey);
        lines.group("statistics.group.professional", ProfessionalLevel.values(), Profile::professional,
                ProfessionalLevel::messageKey);
    }

    /** Lines numbered as they are added: figures "1", "2"…, groups with their lines "5.1", "5.2"… */
    private static final class Lines {
        private final List<Profile> now;
        private final List<Profile> before;
        private final List<StatisticsLine> list = new ArrayList<>();
        private int number;
        private int sub;

        Lines(List<Profile> now, List<Profile> before) {
            this.now = now;
            this.before = before;
        }

        void figure(String key, Predicate<Profile> counted) {
            sub = 0;
            list.add(StatisticsLine.figure(String.valueOf(++number), key, sum(now, counted), sum(before, counted)));
        }

        void sub(String key, Predicate<Profile> counted) {
            list.add(StatisticsLine.figure(number + "." + ++sub, key, sum(now, counted), sum(before, counted)));
        }

        /** A heading line, one line per value, and a line for those whose value is not recorded, so that the group adds up to the total. */
        <V> void group(String key, V[] values, Function<Profile, V> value, Function<V, String> label) {
            sub = 0;
            list.add(StatisticsLine.heading(String.valueOf(++number), key));
            for (V v : values) {
                sub(label.apply(v), p -> v.equals(value.apply(p)));
            }
            sub("statistics.line.unknown", p -> value.apply(p) == null);
        }

        private static long sum(List<Profile> profiles, Predicate<Profile> counted) {
            ToLongFunction<Profile> count = Profile::count;
            return profiles.stream().filter(counted).mapToLong(count).sum();
        }
    }
}

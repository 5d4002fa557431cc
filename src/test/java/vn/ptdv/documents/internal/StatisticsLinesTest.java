package vn.ptdv.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.membership.GeneralEducation;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.OccupationCategory;

/** The arithmetic of the statistical tables, without a database. */
class StatisticsLinesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static StatisticsStore.Crossing crossing(MovementType... types) {
        Set<MovementType> movements = types.length == 0 ? EnumSet.noneOf(MovementType.class) : EnumSet.of(types[0], types);
        return new StatisticsStore.Crossing(1, DAY, movements);
    }

    private static long figure(List<StatisticsLine> lines, String number, boolean current) {
        StatisticsLine line = lines.stream().filter(l -> l.number().equals(number)).findFirst().orElseThrow();
        return current ? line.current() : line.previous();
    }

    @Test
    void entriesAndExitsLandOnTheLineOfWhatHappenedThatDay() {
        assertThat(StatisticsLines.Increase.of(crossing(MovementType.ADMISSION))).isEqualTo(
                StatisticsLines.Increase.ADMITTED);
        assertThat(StatisticsLines.Increase.of(crossing(MovementType.TRANSFER_IN))).isEqualTo(
                StatisticsLines.Increase.TRANSFERRED_IN);
        assertThat(StatisticsLines.Increase.of(crossing(MovementType.REGISTERED))).isEqualTo(
                StatisticsLines.Increase.TRANSFERRED_IN);
        assertThat(StatisticsLines.Increase.of(crossing())).isEqualTo(StatisticsLines.Increase.TRANSFERRED_IN);
        assertThat(StatisticsLines.Decrease.of(crossing(MovementType.DEATH))).isEqualTo(StatisticsLines.Decrease.DIED);
        assertThat(StatisticsLines.Decrease.of(crossing(MovementType.EXPULSION))).isEqualTo(
                StatisticsLines.Decrease.EXPELLED);
        assertThat(StatisticsLines.Decrease.of(crossing(MovementType.REMOVAL))).isEqualTo(
                StatisticsLines.Decrease.REMOVED);
        assertThat(StatisticsLines.Decrease.of(crossing(MovementType.LEAVE))).isEqualTo(StatisticsLines.Decrease.LEFT);
        assertThat(StatisticsLines.Decrease.of(crossing(MovementType.TRANSFER))).isEqualTo(
                StatisticsLines.Decrease.TRANSFERRED_OUT);
        assertThat(StatisticsLines.Decrease.of(crossing(MovementType.RESTRUCTURE))).isEqualTo(
                StatisticsLines.Decrease.TRANSFERRED_OUT);
    }

    @Test
    void theIncreaseAndDecreaseTableClosesWhenItsFiguresDo() {
        Random random = new Random(7);
        MovementType[] in = {MovementType.ADMISSION, MovementType.TRANSFER_IN, MovementType.TRANSFER,
            MovementType.REGISTERED};
        MovementType[] out = {MovementType.DEATH, MovementType.REMOVAL, MovementType.EXPULSION, MovementType.LEAVE,
            MovementType.TRANSFER_OUT, MovementType.TRANSFER};
        List<StatisticsStore.Crossing> entries = new ArrayList<>();
        List<StatisticsStore.Crossing> exits = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            entries.add(crossing(in[random.nextInt(in.length)]));
        }
        for (int i = 0; i < 120; i++) {
            exits.add(crossing(out[random.nextInt(out.length)]));
        }
        StatisticsLines.Changes now = StatisticsLines.Changes.of(500, entries, exits, 580);
        StatisticsLines.Changes before = StatisticsLines.Changes.of(400, List.of(), List.of(), 400);
        List<StatisticsLine> lines = StatisticsLines.memberChanges(now, before);
        assertThat(figure(lines, "1", true) + figure(lines, "2", true) - figure(lines, "3", true))
                .isEqualTo(figure(lines, "4", true));
        assertThat(figure(lines, "2.1", true) + figure(lines, "2.2", true) + figure(lines, "2.3", true))
                .isEqualTo(200);
        assertThat(figure(lines, "2.3", true)).as("restorations are not recorded yet").isZero();
        assertThat(lines.stream().filter(l -> l.number().startsWith("3.")).mapToLong(StatisticsLine::current).sum())
                .isEqualTo(120);
        assertThat(lines).extracting(StatisticsLine::number)
                .containsExactly("1", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "3.3", "3.4", "3.5", "4");
    }

    @Test
    void theRatioComparesWithTheSamePeriodOfTheYearBefore() {
        assertThat(StatisticsLine.figure("1", "x", 3, 2).ratio()).isEqualByComparingTo(new BigDecimal("150.00"));
        assertThat(StatisticsLine.figure("1", "x", 2, 3).ratio()).isEqualByComparingTo(new BigDecimal("66.67"));
        assertThat(StatisticsLine.figure("1", "x", 5, 0).ratio()).as("nothing to compare with").isNull();
        assertThat(StatisticsLine.heading("5", "x").ratio()).isNull();
    }

    private static Profile member(boolean female, Profile.AgeGroup age, String education, OccupationCategory job,
            boolean official) {
        return new Profile(female, false, false, null, age, GeneralEducation.of(education).orElse(null), null, null,
                job, official, 1);
    }

    @Test
    void eachGroupOfTheStructureAddsUpToTheTotalWithTheUnrecordedOnTheirOwnLine() {
        List<Profile> now = List.of(member(true, Profile.AgeGroup.UP_TO_30, "12/12", OccupationCategory.STUDENT, false),
                member(false, Profile.AgeGroup.FROM_31_TO_40, "9/12", null, true),
                member(false, Profile.AgeGroup.OVER_60, "7/10", OccupationCategory.RETIRED, true));
        List<StatisticsLine> lines = StatisticsLines.members(now, List.of());
        assertThat(figure(lines, "1", true)).isEqualTo(3);
        assertThat(figure(lines, "1.1", true)).isEqualTo(2);
        assertThat(figure(lines, "1.2", true)).isEqualTo(1);
        assertThat(figure(lines, "2", true)).isEqualTo(1);
        for (String group : List.of("6", "7", "8", "9", "10")) {
            assertThat(lines.stream().filter(l -> l.number().startsWith(group + "."))
                    .mapToLong(StatisticsLine::current).sum()).as("group %s", group).isEqualTo(3);
        }
        List<StatisticsLine> admitted = StatisticsLines.newMembers(now, now);
        assertThat(figure(admitted, "1", true)).isEqualTo(3);
        assertThat(admitted.get(0).ratio()).isEqualByComparingTo(new BigDecimal("100.00"));
    }

    @Test
    void ageGroupsChangeOnTheBirthday() {
        LocalDate born = LocalDate.of(1995, 6, 15);
        assertThat(Profile.AgeGroup.of(born, LocalDate.of(2026, 6, 14))).isEqualTo(Profile.AgeGroup.UP_TO_30);
        assertThat(Profile.AgeGroup.of(born, LocalDate.of(2026, 6, 15))).isEqualTo(Profile.AgeGroup.FROM_31_TO_40);
        assertThat(Profile.AgeGroup.of(born, LocalDate.of(2026, 6, 16))).isEqualTo(Profile.AgeGroup.FROM_31_TO_40);
        assertThat(Profile.AgeGroup.of(born, LocalDate.of(2056, 6, 14))).isEqualTo(Profile.AgeGroup.FROM_51_TO_60);
        assertThat(Profile.AgeGroup.of(born, LocalDate.of(2056, 6, 15))).isEqualTo(Profile.AgeGroup.OVER_60);
    }

    @Test
    void generalEducationIsGroupedByTheSchoolLevelItReaches() {
        assertThat(GeneralEducation.of("5/12")).contains(GeneralEducation.PRIMARY);
        assertThat(GeneralEducation.of("6/12")).contains(GeneralEducation.LOWER_SECONDARY);
        assertThat(GeneralEducation.of("9/12")).contains(GeneralEducation.LOWER_SECONDARY);
        assertThat(GeneralEducation.of("10/12")).contains(GeneralEducation.UPPER_SECONDARY);
        assertThat(GeneralEducation.of("4/10")).contains(GeneralEducation.PRIMARY);
        assertThat(GeneralEducation.of("7/10")).contains(GeneralEducation.LOWER_SECONDARY);
        assertThat(GeneralEducation.of("8/10")).contains(GeneralEducation.UPPER_SECONDARY);
        assertThat(GeneralEducation.of(null)).isEmpty();
        assertThat(GeneralEducation.of("đại học")).isEmpty();
    }
}

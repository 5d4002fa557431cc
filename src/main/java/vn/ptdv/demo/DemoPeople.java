package vn.ptdv.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.ptdv.membership.Ethnicity;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.membership.Religion;
import vn.ptdv.prospect.ProspectCategory;

/** Fictional but plausible party members for the demo: names, birth dates, identity numbers. */
final class DemoPeople {
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hùng", "Khánh", "Long",
            "Nam", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Trung", "Tuấn", "Việt", "Hải", "Đạt");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Châu", "Dung", "Hà", "Hạnh", "Hoa", "Hương",
            "Lan", "Linh", "Mai", "Ngân", "Nhung", "Phương", "Thảo", "Trang", "Yến", "Uyên", "Ánh");
    private static final List<String> OCCUPATIONS = List.of("Nông dân", "Giáo viên", "Công chức", "Cán bộ hưu trí",
            "Kinh doanh", "Công nhân", "Bác sĩ", "Kỹ sư", "Viên chức", "Bộ đội xuất ngũ");

    private final Random random;
    private final LocalDate today;
    private int sequence;

    /**
     * People of a stream (each stream's numbers differ), aged as on {@code today}: the demo is
     * loaded on any day, and its prospects stay young enough to be admitted.
     */
    DemoPeople(int stream, LocalDate today) {
        this.random = new Random(20250701L + stream);
        this.sequence = stream * 100_000;
        this.today = today;
    }

    /** A young non-member living in the cell. */
    NewPerson prospect(String cellCode) {
        Gender gender = random.nextInt(100) < 50 ? Gender.FEMALE : Gender.MALE;
        String name = pick(FAMILY) + " " + (gender == Gender.MALE ? pick(MALE_MIDDLE) : pick(FEMALE_MIDDLE)) + " "
                + (gender == Gender.MALE ? pick(MALE_GIVEN) : pick(FEMALE_GIVEN));
        LocalDate birth = today.minusYears(21 + random.nextInt(18)).withMonth(1 + random.nextInt(12))
                .withDayOfMonth(1 + random.nextInt(28));
        String ethnicity = random.nextInt(100) < 12 ? Ethnicity.CODES.get(1 + random.nextInt(10)) : Ethnicity.KINH;
        return new NewPerson(name, birth, gender, nationalId(gender, birth), ethnicity, Religion.NONE, "12/12", null,
                pick(OCCUPATIONS), cellCode, null, null);
    }

    /** One or two priority categories. */
    List<ProspectCategory> categories() {
        ProspectCategory first = ProspectCategory.values()[random.nextInt(ProspectCategory.values().length)];
        ProspectCategory second = ProspectCategory.values()[random.nextInt(ProspectCategory.values().length)];
        return first == second ? List.of(first) : List.of(first, second);
    }

    /** A member of the cell admitted between the years given, official twelve months later if that has passed. */
    RegisterMember member(String cellCode, int fromYear, int toYear, LocalDate today) {
        Gender gender = random.nextInt(100) < 42 ? Gender.FEMALE : Gender.MALE;
        String name = pick(FAMILY) + " " + (gender == Gender.MALE ? pick(MALE_MIDDLE) : pick(FEMALE_MIDDLE)) + " "
                + (gender == Gender.MALE ? pick(MALE_GIVEN) : pick(FEMALE_GIVEN));
        LocalDate admitted = LocalDate.of(fromYear, 1, 1)
                .plusDays(random.nextInt((toYear - fromYear + 1) * 365));
        if (admitted.isAfter(today.minusDays(20))) {
            admitted = today.minusDays(20 + random.nextInt(200));
        }
        LocalDate birth = admitted.minusYears(19 + random.nextInt(26)).minusDays(random.nextInt(365));
        LocalDate official = admitted.plusMonths(12).isAfter(today) ? null : admitted.plusMonths(12);
        String ethnicity = random.nextInt(100) < 12 ? Ethnicity.CODES.get(1 + random.nextInt(10)) : Ethnicity.KINH;
        Religion religion = random.nextInt(100) < 8 ? (random.nextBoolean() ? Religion.BUDDHISM : Religion.CATHOLICISM)
                : Religion.NONE;
        NewPerson person = new NewPerson(name, birth, gender, nationalId(gender, birth), ethnicity, religion,
                random.nextInt(100) < 85 ? "12/12" : "9/12", null, pick(OCCUPATIONS), cellCode, null, null);
        return RegisterMember.of(person, cellCode, admitted.minusDays(14 + random.nextInt(20)), admitted, official);
    }

    /** A twelve-digit number whose gender-century digit and year digits agree with the person. */
    private String nationalId(Gender gender, LocalDate birth) {
        int century = birth.getYear() / 100 - 19;
        int code = century * 2 + (gender == Gender.FEMALE ? 1 : 0);
        sequence++;
        return String.format("0%02d%d%02d%06d", 90 + (sequence % 9), code, birth.getYear() % 100, sequence % 1_000_000);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}

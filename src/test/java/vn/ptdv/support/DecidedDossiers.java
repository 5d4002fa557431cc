package vn.ptdv.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission dossiers taken through the API to their admission decision (papers in the summer of
 * 2026, a certificate of June 2026, introducers registered as official members since 2011), for
 * the tests of what follows a decision.
 */
public class DecidedDossiers {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    private final Api api;
    private final String user;
    private final Fixtures.Tree tree;
    private long shiftDays;
    private long introducer1;
    private long introducer2;

    /** Registers two introducers in the cells, as the user (a department of the tree's province). */
    public DecidedDossiers(Api api, String user, Fixtures.Tree tree, String cell1, String cell2) throws Exception {
        this.api = api;
        this.user = user;
        this.tree = tree;
        this.introducer1 = member(cell1);
        this.introducer2 = member(cell2);
    }

    /**
     * Moves every date of the dossiers made from now on by the whole weeks between the tests' default
     * day and the day they run on (weekdays kept), for tests whose journey goes on after the decision.
     */
    public DecidedDossiers onTheTestsDay() {
        shiftDays = 7 * ChronoUnit.WEEKS.between(MutableClock.DEFAULT_TODAY, MutableClock.today());
        return this;
    }

    /** The date (ISO) moved as {@link #onTheTestsDay()} says. */
    public String day(String iso) {
        return LocalDate.parse(iso).plusDays(shiftDays).toString();
    }

    static String person(String name, String birthDate, String residence) {
        return """
                {"fullName": "%s", "birthDate": "%s", "gender": "MALE", "ethnicity": "01", "religion": "NONE",
                 "generalEducation": "12/12", "residenceOrganizationCode": "%s"}
                """.formatted(name, birthDate, residence);
    }

    private long member(String cell) throws Exception {
        return Json.id(api.post(user, "/api/v1/members", """
                {"person": %s, "organizationCode": "%s", "admittedOn": "2010-03-01", "officialOn": "2011-03-01"}
                """.formatted(person("Đảng viên " + SEQUENCE.incrementAndGet(), "1975-01-01", cell), cell))
                .andExpect(status().isCreated()));
    }

    /** A dossier of a new person in the cell, taken to its admission decision on the date (ISO); its id. */
    public long decided(String name, String cell, String decisionDate) throws Exception {
        long person = Json.id(api.post(user, "/api/v1/people", person(name, "1998-04-20", cell))
                .andExpect(status().isCreated()));
        long classId = Json.id(api.post(user, "/api/v1/classes", """
                {"name": "Lớp nhận thức về Đảng khóa %d", "organizerCode": "%s", "startDate": "%s", "endDate": "%s"}
                """.formatted(SEQUENCE.incrementAndGet(), tree.province(), day("2026-06-22"), day("2026-06-26"))).andExpect(status().isCreated()));
        api.post(user, "/api/v1/classes/" + classId + "/participants", """
                {"personId": %d, "completed": true, "certificateNumber": "GCN-%d-%s", "certificateDate": "%s"}
                """.formatted(person, SEQUENCE.incrementAndGet(), tree.prefix(), day("2026-06-26"))).andExpect(status().isCreated());
        long dossier = Json.id(api.post(user, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(person, cell)).andExpect(status().isCreated()));
        step(dossier, "{\"step\": \"APPLICATION\", \"date\": \"%s\"}".formatted(day("2026-08-03")));
        step(dossier, "{\"step\": \"PERSONAL_HISTORY\", \"date\": \"%s\"}".formatted(day("2026-08-05")));
        step(dossier, """
                {"step": "INTRODUCTION", "date": "%s",
                 "introducers": [{"memberId": "%d", "knownSince": "%s"}, {"memberId": "%d", "knownSince": "%s"}]}
                """.formatted(day("2026-08-10"), introducer1, day("2022-01-01"), introducer2, day("2021-06-01")));
        step(dossier, "{\"step\": \"BACKGROUND_CHECK\", \"date\": \"%s\", \"conclusion\": \"Lý lịch rõ ràng\"}".formatted(day("2026-09-01")));
        step(dossier, "{\"step\": \"COMMENTS\", \"date\": \"%s\"}".formatted(day("2026-09-04")));
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"%s\", \"officialMembers\": 9, \"votesFor\": 8}".formatted(day("2026-09-15")));
        step(dossier, "{\"step\": \"COMMITTEE_RESOLUTION\", \"date\": \"%s\", \"committeeMembers\": 7, \"votesFor\": 6}".formatted(day("2026-09-22")));
        step(dossier, "{\"step\": \"ADMISSION_DECISION\", \"date\": \"%s\", \"decisionNumber\": \"%d-QĐ/TU\"}"
                .formatted(day(decisionDate), SEQUENCE.incrementAndGet()));
        api.get(user, "/api/v1/dossiers/" + dossier).andExpect(jsonPath("$.state").value("ADMITTED"));
        return dossier;
    }

    private void step(long dossier, String json) throws Exception {
        api.post(user, "/api/v1/dossiers/" + dossier + "/steps", json).andExpect(status().isCreated());
    }
}

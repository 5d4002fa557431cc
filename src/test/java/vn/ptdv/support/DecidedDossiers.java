package vn.ptdv.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
                {"name": "Lớp nhận thức về Đảng khóa %d", "organizerCode": "%s", "startDate": "2026-06-22", "endDate": "2026-06-26"}
                """.formatted(SEQUENCE.incrementAndGet(), tree.province())).andExpect(status().isCreated()));
        api.post(user, "/api/v1/classes/" + classId + "/participants", """
                {"personId": %d, "completed": true, "certificateNumber": "GCN-%d-%s", "certificateDate": "2026-06-26"}
                """.formatted(person, SEQUENCE.incrementAndGet(), tree.prefix())).andExpect(status().isCreated());
        long dossier = Json.id(api.post(user, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(person, cell)).andExpect(status().isCreated()));
        step(dossier, "{\"step\": \"APPLICATION\", \"date\": \"2026-08-03\"}");
        step(dossier, "{\"step\": \"PERSONAL_HISTORY\", \"date\": \"2026-08-05\"}");
        step(dossier, """
                {"step": "INTRODUCTION", "date": "2026-08-10",
                 "introducers": [{"memberId": "%d", "knownSince": "2022-01-01"}, {"memberId": "%d", "knownSince": "2021-06-01"}]}
                """.formatted(introducer1, introducer2));
        step(dossier, "{\"step\": \"BACKGROUND_CHECK\", \"date\": \"2026-09-01\", \"conclusion\": \"Lý lịch rõ ràng\"}");
        step(dossier, "{\"step\": \"COMMENTS\", \"date\": \"2026-09-04\"}");
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2026-09-15\", \"officialMembers\": 9, \"votesFor\": 8}");
        step(dossier, "{\"step\": \"COMMITTEE_RESOLUTION\", \"date\": \"2026-09-22\", \"committeeMembers\": 7, \"votesFor\": 6}");
        step(dossier, "{\"step\": \"ADMISSION_DECISION\", \"date\": \"%s\", \"decisionNumber\": \"%d-QĐ/TU\"}"
                .formatted(decisionDate, SEQUENCE.incrementAndGet()));
        api.get(user, "/api/v1/dossiers/" + dossier).andExpect(jsonPath("$.state").value("ADMITTED"));
        return dossier;
    }

    private void step(long dossier, String json) throws Exception {
        api.post(user, "/api/v1/dossiers/" + dossier + "/steps", json).andExpect(status().isCreated());
    }
}

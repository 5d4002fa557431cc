package vn.ptdv.ceremony.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/** What the ceremony pages and the API receive, as typed, and how each is read into its command at the edge. */
final class CeremonyForms {
    static final int MAX_NAME = 200;
    static final int MAX_PLACE = 300;
    static final int MAX_REASON = 500;
    static final int FIRST_YEAR = 1800;

    private CeremonyForms() {
    }

    /** A local anniversary to add to an organization's calendar. */
    record AnniversaryForm(String organizationCode, String name, String day, String month, String sinceYear) {

        static AnniversaryForm blank(String organizationCode) {
            return new AnniversaryForm(organizationCode, null, null, null, null);
        }

        NewAnniversary parse(int thisYear) {
            Problems problems = new Problems("anniversary");
            String code = problems.required("organizationCode", organizationCode);
            String title = problems.maxLength("name", SearchText.normalizeName(problems.required("name", name)),
                    MAX_NAME);
            Integer d = problems.wholeNumber("day", day, 1, 31, true);
            Integer m = problems.wholeNumber("month", month, 1, 12, true);
            Integer since = problems.wholeNumber("sinceYear", sinceYear, FIRST_YEAR, thisYear, true);
            if (d != null && m != null && !Anniversary.validDay(d, m)) {
                problems.malformed("day", "anniversary.day.notInMonth", d, m);
            }
            problems.throwIfAny();
            return new NewAnniversary(code, title, d, m, since);
        }
    }

    record NewAnniversary(String organizationCode, String name, int day, int month, int sinceYear) {
    }

    /** A ceremony to plan: the host, its date and place, its anniversary or its own name. */
    record CeremonyForm(String organizationCode, String date, String place, String anniversaryId, String name) {

        static CeremonyForm blank(String organizationCode) {
            return new CeremonyForm(organizationCode, null, null, null, null);
        }

        PlanCeremony parse(DateInput input) {
            Problems problems = new Problems("ceremony");
            String code = problems.required("organizationCode", organizationCode);
            LocalDate day = problems.date("date", date, true, input);
            String where = problems.maxLength("place", SearchText.normalizeName(problems.required("place", place)),
                    MAX_PLACE);
            Long anniversary = problems.id("anniversaryId", anniversaryId, false);
            String title = problems.maxLength("name", SearchText.normalizeName(Problems.optional(name)), MAX_NAME);
            problems.throwIfAny();
            return new PlanCeremony(code, day, where, anniversary, title);
        }
    }

    record PlanCeremony(String organizationCode, LocalDate date, String place, Long anniversaryId, String name) {
    }

    /** The dossiers to add to a ceremony, by their ids. */
    record DossiersForm(List<String> dossierIds) {

        List<Long> parse() {
            Problems problems = new Problems("ceremony");
            List<Long> ids = new ArrayList<>();
            if (dossierIds == null || dossierIds.isEmpty()) {
                problems.malformed("dossierIds", "ceremony.dossiers.none");
            } else {
                for (int i = 0; i < dossierIds.size(); i++) {
                    Long id = problems.id("dossierIds[" + i + "]", dossierIds.get(i), true);
                    if (id != null && ids.contains(id)) {
                        problems.malformed("dossierIds[" + i + "]", "ceremony.dossiers.twice", id);
                    } else if (id != null) {
                        ids.add(id);
                    }
                }
            }
            problems.throwIfAny();
            return ids;
        }
    }

    /** Who was absent from a held ceremony, and why. */
    record HeldForm(List<AbsentForm> absent) {
    }

    record AbsentForm(String dossierId, String reason) {
    }

    /** The absent dossiers and their reasons, in the order given. */
    static Map<Long, String> parseAbsent(List<AbsentForm> absent) {
        Problems problems = new Problems("ceremony");
        Map<Long, String> reasons = new LinkedHashMap<>();
        List<AbsentForm> list = absent == null ? List.of() : absent;
        for (int i = 0; i < list.size(); i++) {
            AbsentForm a = list.get(i) == null ? new AbsentForm(null, null) : list.get(i);
            Long id = problems.id("absent[" + i + "].dossierId", a.dossierId(), true);
            String reason = problems.maxLength("absent[" + i + "].reason",
                    SearchText.normalizeName(problems.required("absent[" + i + "].reason", a.reason())), MAX_REASON);
            if (id != null && reasons.containsKey(id)) {
                problems.malformed("absent[" + i + "].dossierId", "ceremony.dossiers.twice", id);
            } else if (id != null) {
                reasons.put(id, reason);
            }
        }
        problems.throwIfAny();
        return reasons;
    }
}

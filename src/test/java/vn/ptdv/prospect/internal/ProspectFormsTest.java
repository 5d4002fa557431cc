package vn.ptdv.prospect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.prospect.ChangeProspect;
import vn.ptdv.prospect.ListProspect;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.prospect.RecordSurvey;
import vn.ptdv.prospect.internal.ProspectForms.ChangeForm;
import vn.ptdv.prospect.internal.ProspectForms.ProgressForm;
import vn.ptdv.prospect.internal.ProspectForms.ProspectForm;
import vn.ptdv.prospect.internal.ProspectForms.SurveyForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.support.Refusals;

/** What the pool pages and the API read from what was typed, and every malformed value told at once. */
class ProspectFormsTest {

    @Test
    void aNewPersonIsListedFromWhatWasTypedOnThePage() {
        PersonDetails person = new PersonDetails("  Đinh Thị Thu Trang ", "21/04/2001", "FEMALE", null, "01", "NONE",
                null, null, null, "HB-KP01", null, null);

        ListProspect listing = new ProspectForm(null, person, "HB-KP01", "01/02/2025", "YOUTH_UNION",
                List.of("WOMAN", "YOUNG_INTELLECTUAL"), 50L, null).parse(DateInput.PAGE);

        assertThat(listing.person()).isInstanceOf(PersonChoice.New.class);
        assertThat(((PersonChoice.New) listing.person()).person().fullName()).isEqualTo("Đinh Thị Thu Trang");
        assertThat(listing.since()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(listing.channel()).isEqualTo(ProspectChannel.YOUTH_UNION);
        assertThat(listing.categories()).containsExactly(ProspectCategory.YOUNG_INTELLECTUAL, ProspectCategory.WOMAN);
        assertThat(listing.mentorMemberId()).isEqualTo(50L);
    }

    @Test
    void everyMalformedValueOfAListingIsToldAtOnce() {
        PersonDetails nameless = new PersonDetails(" ", "21/04/2001", "FEMALE", null, "01", "NONE", null, null, null,
                "HB-KP01", null, null);

        assertThat(Refusals.malformed(() -> new ProspectForm(null, nameless, " ", "31/02/2025", "RADIO", List.of("POET"), null,
                null).parse(DateInput.PAGE))).containsExactly("person.fullName: validation.required",
                        "organizationCode: validation.required", "since: date.day",
                        "channel: validation.oneOf", "categories: validation.oneOf");
    }

    @Test
    void anExistingPersonAndANewOneAtOnceIsMalformed() {
        assertThat(Refusals.malformed(() -> new ProspectForm(7L, PersonDetails.blank("HB-KP01"), "HB-KP01", "2025-02-01",
                "CELL", null, null, null).parse(DateInput.API))).containsExactly("personId: member.person.oneOf");
    }

    @Test
    void leavingThePoolWithoutAReasonIsMalformed() {
        assertThat(Refusals.malformed(() -> new ChangeForm(null, null, null, null, "LEFT", "2025-03-01", " ", null, null)
                .parse(99, DateInput.API))).containsExactly("leftReason: validation.required");
    }

    @Test
    void aReasonIsKeptOnlyForLeaving() {
        ChangeProspect change = new ChangeForm(null, null, null, null, "APPLIED", null, "Không dùng", null, 4)
                .parse(99, DateInput.API);

        assertThat(change.status()).isEqualTo(new ChangeProspect.StatusChange(ProspectStatus.APPLIED, null, null));
        assertThat(change.channel()).isNull();
        assertThat(change.categories()).isNull();
        assertThat(change.version()).isEqualTo(4);
    }

    @Test
    void anEmptyMentorOnTheProspectsPageRemovesTheMentor() {
        ChangeProspect change = new ProgressForm("", "15/03/2026", null, null, "Tích cực", 2).parse(99);

        assertThat(change.removeMentor()).isTrue();
        assertThat(change.status()).isNull();
        assertThat(change.note()).isEqualTo("Tích cực");
    }

    @Test
    void aSurveyReadsHeadCountsWithTheThousandsDotAndSkipsBlankCategories() {
        Map<String, String> byCategory = new LinkedHashMap<>();
        byCategory.put("WOMAN", "1.015");
        byCategory.put("WORKER", " ");

        RecordSurvey survey = new SurveyForm("HB", "15/01/2026", " Văn phòng ", "2.400", byCategory, null)
                .parse(DateInput.PAGE);

        assertThat(survey.eligibleTotal()).isEqualTo(2400);
        assertThat(survey.byCategory()).containsExactly(Map.entry(ProspectCategory.WOMAN, 1015));
        assertThat(survey.surveyedBy()).isEqualTo("Văn phòng");
    }

    @Test
    void aSurveyWithANegativeCountOrAnUnknownCategoryIsMalformed() {
        assertThat(Refusals.malformed(() -> new SurveyForm("HB", "2026-01-15", "Văn phòng", "-3", Map.of("POETS", "2"), null)
                .parse(DateInput.API))).containsExactly("eligibleTotal: validation.notNegative",
                        "byCategory: validation.oneOf");
    }
}

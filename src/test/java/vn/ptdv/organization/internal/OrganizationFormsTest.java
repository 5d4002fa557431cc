package vn.ptdv.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.internal.OrganizationForms.ChangeForm;
import vn.ptdv.organization.internal.OrganizationForms.CreateForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.InvalidInputException;

/** What the organization pages and the API accept as typed, before any rule is asked. */
class OrganizationFormsTest {

    static List<String> malformed(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).allMatch(p -> p.malformed(), "every problem is a malformed value (400)");
            return refused.problems().stream().map(p -> p.field() + ": " + p.messageKey()).toList();
        }
        throw new AssertionError("the input was accepted");
    }

    @Test
    void aNewOrganizationIsReadTrimmedAndNormalized() {
        NewOrganization organization = new CreateForm(" HB-KP3 ", "Chi bộ  Khu phố 3 ", "CELL", "RESIDENTIAL", " HB ",
                "15/3/2024").parse(DateInput.PAGE);

        assertThat(organization).isEqualTo(new NewOrganization("HB-KP3", "Chi bộ Khu phố 3", OrganizationType.CELL,
                CellKind.RESIDENTIAL, "HB", LocalDate.of(2024, 3, 15)));
    }

    @Test
    void everyMalformedFieldOfANewOrganizationIsToldAtOnce() {
        assertThat(malformed(() -> new CreateForm("ab c", " ", "CHI_BO", "NHA", null, "31/02/2021")
                .parse(DateInput.PAGE))).containsExactly("code: org.code.pattern", "name: validation.required",
                        "type: validation.oneOf", "cellKind: validation.oneOf", "establishedOn: date.day");
    }

    @Test
    void aChangeKeepsWhatItDoesNotName() {
        ChangeOrganization change = new ChangeForm(null, null, null, null, null, null, null).parse("HB", DateInput.API);

        assertThat(change).isEqualTo(new ChangeOrganization("HB", null, null, null, null, null, null, null));
    }

    @Test
    void anEmptyCellKindClearsItAndAMoveIsReadWithItsDate() {
        ChangeOrganization change = new ChangeForm("Chi bộ Mới", "CELL", "", false, "AP", "2025-07-01", 4)
                .parse("HB-KP1", DateInput.API);

        assertThat(change).isEqualTo(new ChangeOrganization("HB-KP1", "Chi bộ Mới", OrganizationType.CELL,
                Optional.empty(), false, "AP", LocalDate.of(2025, 7, 1), 4));
    }

    @Test
    void aBlankNameOrAnUnknownTypeIsMalformed() {
        assertThat(malformed(() -> new ChangeForm("  ", "", null, null, null, "01/07/2025", null)
                .parse("HB", DateInput.API))).containsExactly("name: validation.required", "type: validation.required",
                        "effectiveDate: date.format.iso");
    }
}

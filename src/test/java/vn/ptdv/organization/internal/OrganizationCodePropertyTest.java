package vn.ptdv.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * Organization codes: capitals without diacritics, digits and {@code . _ -}, 2 to 40 of them —
 * accepted as typed (trimmed), everything else refused under "code", never another failure.
 */
class OrganizationCodePropertyTest {
    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-").ofMinLength(2).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(45),
                Arbitraries.strings().withChars("ABCĐabcđ019._- /\u00a0").ofMaxLength(45));
    }

    private static Problems parse(String code) {
        Problems problems = new Problems("org");
        new OrganizationForms.CreateForm(code, "Chi bộ Thôn Đông", "CELL", "RESIDENTIAL", "P-1", null)
                .parse(DateInput.PAGE, problems);
        return problems;
    }

    @Property
    void aWellFormedCodeIsKeptAsTyped(@ForAll("codes") String code) {
        Problems problems = new Problems("org");
        NewOrganization parsed = new OrganizationForms.CreateForm(" " + code + " ", "Chi bộ Thôn Đông", "CELL",
                "RESIDENTIAL", "P-1", null).parse(DateInput.PAGE, problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(parsed.code()).isEqualTo(code);
    }

    @Property
    void anyOtherTextIsRefusedUnderTheCodeAndNothingElse(@ForAll("typed") String typed) {
        Problems problems = parse(typed);
        boolean wellFormed = typed.strip().matches("[A-Z0-9._-]{2,40}");
        assertThat(problems.has("code")).isEqualTo(!wellFormed);
        assertThat(problems.list()).allSatisfy(p -> assertThat(p.field()).isEqualTo("code"));
    }
}

package vn.ptdv.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.support.Refusals.malformed;

import org.junit.jupiter.api.Test;
import vn.ptdv.identity.internal.UserForms.ChangeForm;
import vn.ptdv.identity.internal.UserForms.CreateForm;
import vn.ptdv.identity.internal.UserForms.CreateRequest;
import vn.ptdv.identity.internal.UserForms.PasswordForm;
import vn.ptdv.shared.Role;

/** Accounts and passwords as typed: every malformed field at once, passwords taken exactly as typed. */
class UserFormsTest {

    @Test
    void everyMalformedFieldOfANewAccountIsSaidAtOnce() {
        assertThat(malformed(() -> new CreateRequest("Bi Thu", "ngan", " ", "THU_KY", null).parse()))
                .containsExactly("username: user.username.pattern", "fullName: validation.required",
                        "password: user.password.length", "role: validation.oneOf");
    }

    @Test
    void everyRoleButAdministratorNeedsAHomeOrganization() {
        assertThat(malformed(() -> new CreateRequest("xem.bm", "mat-khau-dai", "Ai Đó", "VIEWER", " ").parse()))
                .containsExactly("organizationCode: validation.required");
        assertThat(new CreateRequest("quantri2", "mat-khau-dai", "Ai Đó", "ADMIN", null).parse().role())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    void aPasswordHasTenToSixtyFourCharactersAsTyped() {
        assertThat(malformed(() -> new PasswordForm(null, "mat-khau9", "mat-khau9").parseReset("ai.do")))
                .containsExactly("password: user.password.length");
        assertThat(new PasswordForm(null, " mat-khau9", " mat-khau9").parseReset("ai.do").password())
                .isEqualTo(" mat-khau9");
        String longest = "a".repeat(64);
        assertThat(new PasswordForm(null, longest, longest).parseReset("ai.do").password()).isEqualTo(longest);
        String tooLong = "a".repeat(65);
        assertThat(malformed(() -> new PasswordForm(null, tooLong, tooLong).parseReset("ai.do")))
                .containsExactly("password: user.password.length");
    }

    @Test
    void aCommonOrLeakedPasswordIsRefusedWhateverItsCase() {
        for (String common : new String[] {"qwertyuiop", "1234567890", "Password123", "ILOVEYOU123"}) {
            assertThat(malformed(() -> new PasswordForm(null, common, common).parseReset("ai.do")))
                    .as(common).containsExactly("password: user.password.common");
        }
        assertThat(malformed(() -> new CreateRequest("bi.thu", "password123", "Bí Thư", "ADMIN", null).parse()))
                .containsExactly("password: user.password.common");
        assertThat(new PasswordForm(null, "hoa-sen-ven-ho-2026", "hoa-sen-ven-ho-2026").parseReset("ai.do").password())
                .isEqualTo("hoa-sen-ven-ho-2026");
    }

    @Test
    void aPasswordOfMoreThanSeventyTwoBytesIsRefusedWhateverItsLength() {
        String vietnamese = "ễ".repeat(25);
        assertThat(malformed(() -> new PasswordForm(null, vietnamese, vietnamese).parseReset("ai.do")))
                .containsExactly("password: user.password.length");
        String fits = "ễ".repeat(24);
        assertThat(new PasswordForm(null, fits, fits).parseReset("ai.do").password()).isEqualTo(fits);
    }

    @Test
    void aPasswordIsTypedTwiceAlike() {
        assertThat(malformed(() -> new CreateForm("bithu.anphu", "Hoàng Văn Nam", "CELL_SECRETARY",
                "BM-X-ANPHU-TH01", "tam-thoi-123", "tam-thoi-124").parse()))
                .containsExactly("confirmation: user.password.mismatch");
        assertThat(malformed(() -> new PasswordForm("", "cua-toi-789", "cua-toi-780").parseChange()))
                .containsExactly("currentPassword: validation.required", "confirmation: user.password.mismatch");
    }

    @Test
    void theApiChangesOnlyTheFieldsSentThePageChangesTheWholeForm() {
        assertThat(new ChangeForm(null, null, null, false, null).parse("ai.do"))
                .isEqualTo(new ChangeAccount("ai.do", null, null, null, false, null));
        assertThat(new ChangeForm("  Hoàng  Văn Nam ", "VIEWER", null, null, 4).parseWhole("ai.do"))
                .isEqualTo(new ChangeAccount("ai.do", "Hoàng Văn Nam", Role.VIEWER, "", false, 4));
    }
}

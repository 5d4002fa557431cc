package vn.ptdv.membership.internal;

import org.springframework.ui.Model;
import vn.ptdv.membership.AgeBand;
import vn.ptdv.membership.Ethnicity;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberStatus;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.Structure;

/** The choices the membership pages offer in their selects. */
final class MembershipPageModel {
    private MembershipPageModel() {
    }

    static void choices(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("religions", Religion.values());
        model.addAttribute("ethnicities", Ethnicity.CODES);
        model.addAttribute("statuses", new MemberStatus[] {MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY});
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("structures", Structure.values());
        model.addAttribute("movementTypes", MovementType.RECORDED_BY_USERS.stream().sorted().toList());
    }
}

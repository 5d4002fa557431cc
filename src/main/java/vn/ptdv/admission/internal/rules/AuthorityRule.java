package vn.ptdv.admission.internal.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.organization.OrganizationRef;

/**
 * R-AUTHORITY: a decision is issued by the body that had the power on its date, on the tree as
 * it stood then: the standing committee of the grassroots organization's direct superior, or
 * the grassroots committee delegated the power to admit (regulation 4.3.2; the 2025 wording is to
 * be confirmed); the provincial-level standing committee for the admission of an applicant over
 * 60 (1.1.2) or of a former member (3.5.1). Another issuer is refused.
 */
final class AuthorityRule extends BaseRule {
    AuthorityRule() {
        super("R-AUTHORITY", Violation.Severity.BLOCK, EnumSet.of(StepCode.ADMISSION_DECISION,
                StepCode.ADMISSION_REFUSED, StepCode.RECOGNITION_DECISION, StepCode.REMOVAL),
                Sources.versions(Map.of(), Sources.regulation("4.3.2")));
    }

    @Override
    public String field() {
        return "issuerCode";
    }

    @Override
    public List<Problem> check(RuleContext c, RuleVersion v) {
        if (!(c.data() instanceof StepData.Issued issued) || issued.issuerCode() == null) {
            return List.of();
        }
        Optional<OrganizationRef> authority = c.facts().ownerOn(c.step(), c.date());
        if (authority.isEmpty() || authority.get().code().equals(issued.issuerCode())) {
            return List.of();
        }
        return List.of(Problem.of(c.dossier().kind().specialAuthority() && (c.step() == StepCode.ADMISSION_DECISION
                || c.step() == StepCode.ADMISSION_REFUSED) ? "rule.authority.provincial" : "dossier.issuer.notAuthority",
                issued.issuerCode(), authority.get().name()));
    }
}

package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.Dossier;
import vn.ptdv.admission.internal.StepData;
import vn.ptdv.admission.internal.Violation;

/** Every rule of the admission procedure; each judges the steps it concerns by the version in force. */
public final class RuleBook {
    private static final List<Rule> RULES = List.of(new StepOrderRule(), new EligibilityRules.AgeMin(),
            new EligibilityRules.AgeMax(), new EligibilityRules.Education(), new EligibilityRules.CertificateValid(),
            new EligibilityRules.PapersFresh(), new EligibilityRules.Readmission(), new IntroductionRules.Count(),
            new IntroductionRules.Official(), new IntroductionRules.TwelveMonths(), new VoteRules.Cell(),
            new VoteRules.Committee(), new DeadlineRules.Decision(), new DeadlineRules.Ceremony(),
            new DeadlineRules.Probation(), new DeadlineRules.RecognitionCell(), new DeadlineRules.RecognitionDecision());

    private RuleBook() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** Whether the step may come next in the dossier's order on the date (what a page offers to record). */
    public static boolean inOrder(Dossier dossier, StepCode step, LocalDate date) {
        return RULES.get(0).check(new RuleContext(dossier, step, date, StepData.EMPTY, null)).isEmpty();
    }

    /** The violations of the step, blocking ones first. The order rule speaks first: when it blocks, the rest wait. */
    public static List<Violation> judge(RuleContext context) {
        List<Violation> order = RULES.get(0).judge(context);
        if (!order.isEmpty()) {
            return order;
        }
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : RULES.subList(1, RULES.size())) {
            violations.addAll(rule.judge(context));
        }
        violations.sort((a, b) -> a.severity().compareTo(b.severity()));
        return violations;
    }
}

package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.AdmissionSettings;
import vn.ptdv.admission.internal.Dossier;
import vn.ptdv.admission.internal.Procedure;
import vn.ptdv.admission.internal.Violation;

/**
 * Every rule of the admission procedure, with the values of the settings; each judges the steps
 * it concerns by the version in force on the step's date.
 */
@Component
public class RuleBook {
    private final Rule order = new StepOrderRule();
    private final List<Rule> rules;

    public RuleBook(AdmissionSettings settings) {
        List<Rule> all = new ArrayList<>(List.of(order, new EligibilityRules.AgeMin(), new EligibilityRules.AgeMax(),
                new EligibilityRules.Education(), new EligibilityRules.CertificateValid(settings),
                new EligibilityRules.PapersFresh(settings), new EligibilityRules.Readmission(),
                new IntroductionRules.Count(settings), new IntroductionRules.Official(),
                new IntroductionRules.TwelveMonths(), new IntroductionRules.YouthUnion(settings),
                new IntroductionRules.Changed(), new VoteRules.Cell(), new VoteRules.Committee(),
                new RecordRules.CellRegister(), new RecordRules.RecognitionClass(), new AuthorityRule()));
        all.addAll(DeadlineRules.all());
        this.rules = List.copyOf(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Whether the step may come next in the dossier's order on the date (what a page offers to record). */
    public boolean inOrder(Dossier dossier, StepCode step, LocalDate date) {
        return order.check(new RuleContext(dossier, step, date, StepData.NONE, null), order.nearestVersion(date))
                .isEmpty();
    }

    /** The violations of the step, blocking ones first. The order rule speaks first: when it blocks, the rest wait. */
    public List<Violation> judge(RuleContext context) {
        List<Violation> first = order.judge(context);
        if (!first.isEmpty()) {
            return first;
        }
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule != order) {
                violations.addAll(rule.judge(context));
            }
        }
        violations.sort((a, b) -> a.severity().compareTo(b.severity()));
        return violations;
    }

    /**
     * The last day of the step's deadline in the dossier as it stands, by the version of the
     * deadline's rule in force on the day it counts from; empty when the step has none (yet).
     */
    public Optional<LocalDate> dueDate(Dossier dossier, StepCode step, Facts facts) {
        Procedure.Deadline deadline = Procedure.step(step).deadline();
        if (!deadline.exists()) {
            return Optional.empty();
        }
        return DeadlineRules.start(dossier, deadline.from(), StepData.NONE).map(start -> DeadlineRules.due(dossier,
                deadline, start, rule(deadline.ruleId()).orElseThrow().nearestVersion(start), StepData.NONE, facts));
    }

    /** The first day an applicant born on the date counts as over the maximum age, by the version in force on {@code on}. */
    public LocalDate tooOldFrom(LocalDate birthDate, LocalDate on) {
        return EligibilityRules.AgeMax.tooOldFrom(birthDate, rule("R-AGE-MAX").orElseThrow().nearestVersion(on));
    }
}

package vn.ptdv.admission.internal.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.Violation;

/** A rule's fixed parts. */
abstract class BaseRule implements Rule {
    private final String id;
    private final Violation.Severity severity;
    private final Set<StepCode> steps;
    private final List<RuleVersion> versions;

    BaseRule(String id, Violation.Severity severity, Set<StepCode> steps, List<RuleVersion> versions) {
        this.id = id;
        this.severity = severity;
        this.steps = EnumSet.copyOf(steps);
        this.versions = List.copyOf(versions);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Violation.Severity severity() {
        return severity;
    }

    @Override
    public Set<StepCode> steps() {
        return steps;
    }

    @Override
    public List<RuleVersion> versions() {
        return versions;
    }
}

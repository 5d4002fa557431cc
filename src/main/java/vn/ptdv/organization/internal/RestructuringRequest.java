package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.RestructuringType;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/**
 * A restructuring as typed (the API's body; the wizard's form is read into one); which fields
 * matter depends on the type: RENAME {organizationCode, newName}, MOVE {organizationCode,
 * newParentCode}, MERGE {sourceCodes, targetCode | target}, SPLIT {sourceCode, targets,
 * allocation}, DISSOLVE {organizationCode}.
 */
record RestructuringRequest(String type, String effectiveDate, String directive, String organizationCode,
        String newName, String newParentCode, List<String> sourceCodes, String targetCode, Target target,
        String sourceCode, List<Target> targets, List<Allocation> allocation) {
    static final int MAX_DIRECTIVE = 255;

    /** An existing organization (code only) or a new one (with name, type and parent). */
    record Target(String code, String name, String type, String parentCode, String cellKind) {
        boolean isNew() {
            return name != null || type != null || parentCode != null;
        }

        /** The new organization's fields, checked for their form; problems go under {@code prefix}. */
        Restructuring.NewTarget parseNew(Problems problems, String prefix) {
            Problems nested = new Problems("org");
            NewOrganization organization = new OrganizationForms.CreateForm(code, name, type, cellKind, parentCode,
                    null).parse(DateInput.API, nested);
            problems.absorb(nested, prefix);
            return organization == null ? null : new Restructuring.NewTarget(organization.code(), organization.name(),
                    organization.type(), organization.parentCode(), organization.cellKind());
        }
    }

    /** Sends a child organization or a member of the split organization to one of the targets. */
    record Allocation(String organizationCode, Long memberId, String targetCode) {
    }

    /** The restructuring, each field checked for its form; every malformed one at once. */
    Restructuring parse(DateInput dateInput) {
        Problems problems = new Problems("restructuring");
        RestructuringType kind = problems.oneOf("type", type, RestructuringType.class, true);
        LocalDate date = problems.date("effectiveDate", effectiveDate, true, dateInput);
        String text = problems.maxLength("directive", SearchText.normalizeName(Problems.optional(directive)),
                MAX_DIRECTIVE);
        if (kind == null) {
            problems.throwIfAny();
        }
        Restructuring parsed = switch (kind) {
            case RENAME -> {
                String code = problems.required("organizationCode", organizationCode);
                String name = problems.name("newName", newName, OrganizationForms.MAX_NAME);
                yield new Restructuring.Rename(code, name, date, text);
            }
            case MOVE -> new Restructuring.Move(problems.required("organizationCode", organizationCode),
                    problems.required("newParentCode", newParentCode), date, text);
            case MERGE -> new Restructuring.Merge(sources(problems), mergeTarget(problems), date, text);
            case SPLIT -> new Restructuring.Split(problems.required("sourceCode", sourceCode), splitTargets(problems),
                    allocations(problems), date, text);
            case DISSOLVE -> new Restructuring.Dissolve(problems.required("organizationCode", organizationCode), date,
                    text);
        };
        problems.throwIfAny();
        return parsed;
    }

    private List<String> sources(Problems problems) {
        List<String> codes = new ArrayList<>();
        if (sourceCodes == null || sourceCodes.isEmpty()) {
            problems.malformed("sourceCodes", "validation.required");
            return codes;
        }
        for (int i = 0; i < sourceCodes.size(); i++) {
            String code = problems.required("sourceCodes[" + i + "]", sourceCodes.get(i));
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Exactly one of an existing organization's code and a new organization. */
    private Restructuring.Target mergeTarget(Problems problems) {
        String code = Problems.optional(targetCode);
        if ((code != null) == (target != null)) {
            problems.malformed("targetCode", "restructuring.merge.oneTarget");
            return null;
        }
        return code != null ? new Restructuring.ExistingTarget(code) : target.parseNew(problems, "target.");
    }

    private List<Restructuring.Target> splitTargets(Problems problems) {
        List<Target> typed = targets == null ? List.of() : targets;
        if (typed.size() < 2) {
            problems.malformed("targets", "restructuring.split.twoTargets");
        }
        List<Restructuring.Target> parsed = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String field = "targets[" + i + "].";
            Target t = typed.get(i);
            String code = t == null ? null : problems.required(field + "code", t.code());
            if (t == null) {
                problems.malformed(field + "code", "validation.required");
            } else if (code != null) {
                Restructuring.Target one = t.isNew() ? t.parseNew(problems, field)
                        : new Restructuring.ExistingTarget(code);
                if (one != null) {
                    parsed.add(one);
                }
            }
        }
        return parsed;
    }

    /** Each line names its target and either a member or a child organization. */
    private List<Restructuring.Allocation> allocations(Problems problems) {
        List<Restructuring.Allocation> parsed = new ArrayList<>();
        List<Allocation> typed = allocation == null ? List.of() : allocation;
        for (int i = 0; i < typed.size(); i++) {
            String field = "allocation[" + i + "].";
            Allocation a = typed.get(i);
            String target = problems.required(field + "targetCode", a == null ? null : a.targetCode());
            String child = a == null || a.memberId() != null ? null
                    : problems.required(field + "organizationCode", a.organizationCode());
            if (target != null && (child != null || a.memberId() != null)) {
                parsed.add(new Restructuring.Allocation(child, a.memberId(), target));
            }
        }
        return parsed;
    }
}

package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * What the organization pages and the API receive, as typed (every value text, so that a wrong
 * one is shown back under its field), and how each is read into its command at the edge.
 */
final class OrganizationForms {
    static final Pattern CODE = Pattern.compile("[A-Z0-9._-]{2,40}");
    static final int MAX_NAME = 255;

    private OrganizationForms() {
    }

    /** An organization to add (the page's form and the API's body). */
    record CreateForm(String code, String name, String type, String cellKind, String parentCode,
            String establishedOn) {

        /** An empty form under the parent, of the first level the parent allows. */
        static CreateForm under(OrganizationRow parent) {
            if (parent == null) {
                return new CreateForm(null, null, null, null, null, null);
            }
            String type = parent.type().allowedChildren().stream().findFirst().map(Enum::name).orElse(null);
            return new CreateForm(null, null, type, null, parent.code(), null);
        }

        NewOrganization parse(DateInput dateInput) {
            Problems problems = new Problems("org");
            NewOrganization organization = parse(dateInput, problems);
            problems.throwIfAny();
            return organization;
        }

        /** The organization, each field checked for its form into {@code problems}; null when something is malformed. */
        NewOrganization parse(DateInput dateInput, Problems problems) {
            int before = problems.list().size();
            String text = problems.required("code", code);
            if (text != null && !CODE.matcher(text).matches()) {
                problems.malformed("code", "org.code.pattern", text);
            }
            String fullName = validName(problems, name);
            OrganizationType level = problems.oneOf("type", type, OrganizationType.class, true);
            CellKind kind = problems.oneOf("cellKind", cellKind, CellKind.class, false);
            LocalDate established = problems.date("establishedOn", establishedOn, false, dateInput);
            return problems.list().size() > before ? null
                    : new NewOrganization(text, fullName, level, kind, Problems.optional(parentCode), established);
        }
    }

    /**
     * A change of an organization (the edit page's form and the API's PATCH body): a null value
     * stays as it is; {@code cellKind} "" clears the kind; a new {@code parentCode} moves the
     * organization from {@code effectiveDate} (today if empty).
     */
    record ChangeForm(String name, String type, String cellKind, Boolean delegatedAdmission, String parentCode,
            String effectiveDate, Integer version) {

        /** The edit page's form: the organization as it is. */
        static ChangeForm of(OrganizationRow organization) {
            return new ChangeForm(organization.name(), organization.type().name(),
                    organization.cellKind() == null ? "" : organization.cellKind().name(),
                    organization.delegatedAdmission(), null, null, organization.version());
        }

        ChangeOrganization parse(String code, DateInput dateInput) {
            Problems problems = new Problems("org");
            String fullName = name == null ? null : validName(problems, name);
            OrganizationType level = type == null ? null : problems.oneOf("type", type, OrganizationType.class, true);
            Optional<CellKind> kind = cellKind == null ? null
                    : Optional.ofNullable(problems.oneOf("cellKind", cellKind, CellKind.class, false));
            LocalDate effective = problems.date("effectiveDate", effectiveDate, false, dateInput);
            problems.throwIfAny();
            return new ChangeOrganization(code, fullName, level, kind, delegatedAdmission, Problems.optional(parentCode),
                    effective, version);
        }
    }

    /** A name as typed: required, in NFC with single spaces, with a letter, at most {@link #MAX_NAME} characters. */
    static String validName(Problems problems, String value) {
        return problems.name("name", value, MAX_NAME);
    }
}

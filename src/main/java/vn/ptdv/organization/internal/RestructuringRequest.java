package vn.ptdv.organization.internal;

import java.util.List;
import vn.ptdv.shared.DateInput;

/**
 * A restructuring as typed; which fields matter depends on the type:
 * RENAME {organizationCode, newName}, MOVE {organizationCode, newParentCode},
 * MERGE {sourceCodes, targetCode | target}, SPLIT {sourceCode, targets, allocation},
 * DISSOLVE {organizationCode}.
 */
record RestructuringRequest(String type, String effectiveDate, String directive, String organizationCode,
        String newName, String newParentCode, List<String> sourceCodes, String targetCode, Target target,
        String sourceCode, List<Target> targets, List<Allocation> allocation, DateInput dateInput) {

    /** An existing organization (code only) or a new one (with name, type and parent). */
    record Target(String code, String name, String type, String parentCode, String cellKind) {
        boolean isNew() {
            return name != null || type != null || parentCode != null;
        }
    }

    /** Sends a child organization or a member of the split organization to one of the targets. */
    record Allocation(String organizationCode, Long memberId, String targetCode) {
    }
}

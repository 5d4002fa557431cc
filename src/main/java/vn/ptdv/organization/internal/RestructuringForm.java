package vn.ptdv.organization.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.organization.internal.RestructuringRequest.Allocation;
import vn.ptdv.organization.internal.RestructuringRequest.Target;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * The restructuring wizard's form: the fields of every type, of which the chosen type uses some.
 * A split's targets are rows (an existing code, or a code with a name and type for a new one);
 * children and members are allocated to a row number.
 */
public class RestructuringForm {
    static final int SPLIT_ROWS = 3;

    private String type;
    private String organizationCode;
    private String effectiveDate;
    private String directive;
    private String newName;
    private String newParentCode;
    private String otherSources;
    private String targetMode = "existing";
    private String targetCode;
    private String newCode;
    private String newTargetName;
    private String newTargetType;
    private String newTargetParentCode;
    private String newTargetCellKind;
    private List<String> splitCodes = new ArrayList<>(Arrays.asList(new String[SPLIT_ROWS]));
    private List<String> splitNames = new ArrayList<>(Arrays.asList(new String[SPLIT_ROWS]));
    private List<String> splitTypes = new ArrayList<>(Arrays.asList(new String[SPLIT_ROWS]));
    private Map<String, String> childRows = new LinkedHashMap<>();
    private Map<String, String> memberRows = new LinkedHashMap<>();

    RestructuringRequest request() {
        List<String> sources = new ArrayList<>();
        sources.add(organizationCode);
        if (otherSources != null) {
            Arrays.stream(otherSources.split("[,;\\s]+")).map(Problems::optional).filter(c -> c != null)
                    .forEach(sources::add);
        }
        boolean newTarget = "new".equals(targetMode);
        Target target = newTarget ? new Target(newCode, newTargetName, newTargetType, newTargetParentCode,
                Problems.optional(newTargetCellKind)) : null;
        List<Target> targets = new ArrayList<>();
        Map<Integer, String> rowCodes = new LinkedHashMap<>();
        for (int i = 0; i < SPLIT_ROWS; i++) {
            String code = Problems.optional(splitCodes.get(i));
            if (code == null) {
                continue;
            }
            String name = Problems.optional(splitNames.get(i));
            targets.add(name == null ? new Target(code, null, null, null, null)
                    : new Target(code, name, Problems.optional(splitTypes.get(i)), null, null));
            rowCodes.put(i + 1, code);
        }
        List<Allocation> allocation = new ArrayList<>();
        childRows.forEach((child, row) -> rowCode(rowCodes, row)
                .ifPresent(code -> allocation.add(new Allocation(child, null, code))));
        memberRows.forEach((member, row) -> rowCode(rowCodes, row)
                .ifPresent(code -> allocation.add(new Allocation(null, Long.valueOf(member), code))));
        return new RestructuringRequest(type, effectiveDate, directive, organizationCode, newName, newParentCode,
                sources, newTarget ? null : targetCode, target, organizationCode, targets, allocation, DateInput.PAGE);
    }

    private static java.util.Optional<String> rowCode(Map<Integer, String> rowCodes, String row) {
        String text = Problems.optional(row);
        return text == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(rowCodes.get(Integer.valueOf(text)));
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public void setOrganizationCode(String organizationCode) {
        this.organizationCode = organizationCode;
    }

    public String getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(String effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getDirective() {
        return directive;
    }

    public void setDirective(String directive) {
        this.directive = directive;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewParentCode() {
        return newParentCode;
    }

    public void setNewParentCode(String newParentCode) {
        this.newParentCode = newParentCode;
    }

    public String getOtherSources() {
        return otherSources;
    }

    public void setOtherSources(String otherSources) {
        this.otherSources = otherSources;
    }

    public String getTargetMode() {
        return targetMode;
    }

    public void setTargetMode(String targetMode) {
        this.targetMode = targetMode;
    }

    public String getTargetCode() {
        return targetCode;
    }

    public void setTargetCode(String targetCode) {
        this.targetCode = targetCode;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewTargetName() {
        return newTargetName;
    }

    public void setNewTargetName(String newTargetName) {
        this.newTargetName = newTargetName;
    }

    public String getNewTargetType() {
        return newTargetType;
    }

    public void setNewTargetType(String newTargetType) {
        this.newTargetType = newTargetType;
    }

    public String getNewTargetParentCode() {
        return newTargetParentCode;
    }

    public void setNewTargetParentCode(String newTargetParentCode) {
        this.newTargetParentCode = newTargetParentCode;
    }

    public String getNewTargetCellKind() {
        return newTargetCellKind;
    }

    public void setNewTargetCellKind(String newTargetCellKind) {
        this.newTargetCellKind = newTargetCellKind;
    }

    public List<String> getSplitCodes() {
        return splitCodes;
    }

    public void setSplitCodes(List<String> splitCodes) {
        this.splitCodes = splitCodes;
    }

    public List<String> getSplitNames() {
        return splitNames;
    }

    public void setSplitNames(List<String> splitNames) {
        this.splitNames = splitNames;
    }

    public List<String> getSplitTypes() {
        return splitTypes;
    }

    public void setSplitTypes(List<String> splitTypes) {
        this.splitTypes = splitTypes;
    }

    public Map<String, String> getChildRows() {
        return childRows;
    }

    public void setChildRows(Map<String, String> childRows) {
        this.childRows = childRows;
    }

    public Map<String, String> getMemberRows() {
        return memberRows;
    }

    public void setMemberRows(Map<String, String> memberRows) {
        this.memberRows = memberRows;
    }
}

package vn.ptdv.organization.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ptdv.organization.internal.RestructuringRequest.Allocation;
import vn.ptdv.organization.internal.RestructuringRequest.Target;
import vn.ptdv.shared.Problems;

/**
 * The restructuring wizard's form: the fields of every type, of which the chosen type uses some.
 * A merge goes into an existing organization ({@code targetMode} "existing") or a new one
 * ("new"). A split's targets are rows (an existing code, or a code with a name and type for a
 * new one); children and members are allocated to a row number.
 */
record RestructuringForm(String type, String organizationCode, String effectiveDate, String directive,
        String newName, String newParentCode, String otherSources, String targetMode, String targetCode,
        String newCode, String newTargetName, String newTargetType, String newTargetParentCode,
        String newTargetCellKind, List<String> splitCodes, List<String> splitNames, List<String> splitTypes,
        Map<String, String> childRows, Map<String, String> memberRows) {
    static final int SPLIT_ROWS = 3;

    RestructuringForm {
        targetMode = targetMode == null ? "existing" : targetMode;
        splitCodes = rows(splitCodes);
        splitNames = rows(splitNames);
        splitTypes = rows(splitTypes);
        childRows = childRows == null ? new LinkedHashMap<>() : childRows;
        memberRows = memberRows == null ? new LinkedHashMap<>() : memberRows;
    }

    /** The first step's form: the organization, the chosen type and the date. */
    static RestructuringForm start(String organizationCode, String type, String effectiveDate) {
        return new RestructuringForm(type, organizationCode, effectiveDate, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** Always {@link #SPLIT_ROWS} rows, blank where nothing was typed. */
    private static List<String> rows(List<String> typed) {
        List<String> rows = new ArrayList<>(Arrays.asList(new String[SPLIT_ROWS]));
        for (int i = 0; typed != null && i < Math.min(typed.size(), SPLIT_ROWS); i++) {
            rows.set(i, typed.get(i));
        }
        return rows;
    }

    /** The same restructuring as the API would receive it. */
    RestructuringRequest request() {
        List<String> sources = new ArrayList<>();
        sources.add(organizationCode);
        if (otherSources != null) {
            Arrays.stream(otherSources.split("[,;\\s]+")).map(Problems::optional).filter(Objects::nonNull)
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
                sources, newTarget ? null : targetCode, target, organizationCode, targets, allocation);
    }

    private static Optional<String> rowCode(Map<Integer, String> rowCodes, String row) {
        String text = Problems.optional(row);
        return text == null ? Optional.empty() : Optional.ofNullable(rowCodes.get(Integer.valueOf(text)));
    }
}

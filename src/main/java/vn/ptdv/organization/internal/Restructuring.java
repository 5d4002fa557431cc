package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.List;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.RestructuringType;

/**
 * A dated restructuring of the tree, read from what was typed: each kind with the organizations
 * it names (by code), the day it takes effect and the directive that ordered it.
 */
sealed interface Restructuring {

    RestructuringType type();

    LocalDate effectiveDate();

    String directive();

    record Rename(String organizationCode, String newName, LocalDate effectiveDate, String directive)
            implements Restructuring {
        @Override
        public RestructuringType type() {
            return RestructuringType.RENAME;
        }
    }

    record Move(String organizationCode, String newParentCode, LocalDate effectiveDate, String directive)
            implements Restructuring {
        @Override
        public RestructuringType type() {
            return RestructuringType.MOVE;
        }
    }

    /** The sources (listed as typed, duplicates included) merge into one target. */
    record Merge(List<String> sourceCodes, Target target, LocalDate effectiveDate, String directive)
            implements Restructuring {
        public Merge {
            sourceCodes = List.copyOf(sourceCodes);
        }

        @Override
        public RestructuringType type() {
            return RestructuringType.MERGE;
        }
    }

    /** The source splits into the targets; the allocation sends children and members to one of them. */
    record Split(String sourceCode, List<Target> targets, List<Allocation> allocation, LocalDate effectiveDate,
            String directive) implements Restructuring {
        public Split {
            targets = List.copyOf(targets);
            allocation = List.copyOf(allocation);
        }

        @Override
        public RestructuringType type() {
            return RestructuringType.SPLIT;
        }
    }

    record Dissolve(String organizationCode, LocalDate effectiveDate, String directive) implements Restructuring {
        @Override
        public RestructuringType type() {
            return RestructuringType.DISSOLVE;
        }
    }

    /** Where a merge or split sends what the sources hold: an existing organization or a new one. */
    sealed interface Target {
        String code();
    }

    record ExistingTarget(String code) implements Target {
    }

    /** A new organization; without a parent it goes where the source is ({@code parentCode} null). */
    record NewTarget(String code, String name, OrganizationType type, String parentCode,
            CellKind cellKind) implements Target {
    }

    /**
     * Sends a child organization ({@code organizationCode}) or a member ({@code memberId}) of the
     * split organization to the target with {@code targetCode} (null when none was named).
     */
    record Allocation(String organizationCode, Long memberId, String targetCode) {
    }
}

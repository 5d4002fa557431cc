package vn.ptdv.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Organizations merged into a new one from {@code date}, as the restructuring wizard does: the
 * sources cease on the date and the new organization (code, name, level, parent) takes over
 * what they hold; {@code directive} names the document that ordered it.
 */
public record MergeIntoNew(List<String> sourceCodes, String code, String name, OrganizationType type,
        String parentCode, LocalDate date, String directive) {

    public MergeIntoNew {
        sourceCodes = List.copyOf(sourceCodes);
    }
}

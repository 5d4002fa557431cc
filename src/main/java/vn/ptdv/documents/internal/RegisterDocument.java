package vn.ptdv.documents.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.OrganizationRef;

/**
 * Mẫu 18-KNĐ, the register of probationary members: one line per member admitted, with the
 * ceremony's date and what became of the probation (official, removed, died… with the date). The
 * background number (số lý lịch) is not kept in ptdv: its column stays for the user to fill in.
 */
record RegisterDocument(OrganizationRef organization, String organizationName, PartyHeading heading, String subtitle,
        List<StatisticsStore.Admission> admissions, Function<StatisticsStore.Admission, String> note,
        String fileName) implements DocumentData {

    @Override
    public TemplateKind kind() {
        return TemplateKind.REGISTER_18_KND;
    }

    @Override
    public String title() {
        return heading.title();
    }

    @Override
    public long organizationId() {
        return organization.id();
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new HashMap<>(heading.fields());
        fields.put("organizationName", DocxPdf.nfc(organizationName));
        fields.put("subtitle", DocxPdf.nfc(subtitle));
        List<Map<String, Object>> rows = new ArrayList<>();
        int number = 0;
        for (StatisticsStore.Admission a : admissions) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", String.valueOf(++number));
            row.put("fullName", DocxPdf.nfc(a.fullName()));
            row.put("birthDate", VietnameseDates.format(a.birthDate()));
            row.put("backgroundNumber", "");
            row.put("cellName", DocxPdf.nfc(a.cellName()));
            row.put("admittedOn", VietnameseDates.format(a.admittedOn()));
            row.put("note", DocxPdf.nfc(note.apply(a)));
            rows.add(row);
        }
        fields.put("rows", rows);
        return fields;
    }
}

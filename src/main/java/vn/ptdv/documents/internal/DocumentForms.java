package vn.ptdv.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/** What the documents' pages and API receive, as typed, and how each is read into its request at the edge. */
final class DocumentForms {
    static final int MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

    private DocumentForms() {
    }

    /** An organization and a period, for a statistical table or a register; dates may be left out. */
    record PeriodRequest(String organizationCode, LocalDate from, LocalDate to) {
    }

    /** The organization and the period as typed ({@code organization}, {@code from}, {@code to}). */
    record PeriodForm(String organization, String from, String to) {
        PeriodRequest parse(DateInput input) {
            Problems problems = new Problems("statistics");
            LocalDate start = problems.date("from", from, false, input);
            LocalDate end = problems.date("to", to, false, input);
            problems.throwIfAny();
            return new PeriodRequest(Problems.optional(organization), start, end);
        }
    }

    /** The format asked for, among those the document has; {@code fallback} when none is asked. */
    static DocumentFormat format(String text, Set<DocumentFormat> allowed, DocumentFormat fallback) {
        Problems problems = new Problems("document");
        DocumentFormat format = problems.oneOf("format", text == null ? null : text.strip().toUpperCase(Locale.ROOT),
                DocumentFormat.class, false);
        if (format != null && !allowed.contains(format)) {
            problems.malformed("format", "document.format.notOffered", text.strip(),
                    String.join(", ", allowed.stream().map(DocumentFormat::extension).sorted().toList()));
        }
        problems.throwIfAny();
        return format == null ? fallback : format;
    }

    /** The format of the register of probationary members: Word or PDF (the default). */
    static DocumentFormat registerFormat(String text) {
        return format(text, EnumSet.of(DocumentFormat.DOCX, DocumentFormat.PDF), DocumentFormat.PDF);
    }

    /** The table asked for by its code ({@code member-changes}, {@code new-members}, {@code members}). */
    static StatisticsTable table(String code) {
        return StatisticsTable.byCode(code)
                .orElseThrow(() -> new vn.ptdv.shared.NotFoundException("statistics.table.notFound", code));
    }

    /** An administrator's new version of a template: the day it applies from and the .docx file (page form and API alike). */
    record TemplateUploadForm(String validFrom, MultipartFile file) {
        TemplateService.UploadTemplate parse(TemplateKind kind, DateInput input) {
            Problems problems = new Problems("document");
            LocalDate from = problems.date("validFrom", validFrom, true, input);
            String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
            byte[] content = bytes(file);
            if (content == null || content.length == 0) {
                problems.malformed("file", "validation.required");
            } else if (!name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
                problems.malformed("file", "document.template.notDocx", name);
            } else if (content.length > MAX_TEMPLATE_BYTES) {
                problems.malformed("file", "document.template.tooLarge", MAX_TEMPLATE_BYTES / (1024 * 1024));
            }
            problems.maxLength("file", name, 255);
            problems.throwIfAny();
            return new TemplateService.UploadTemplate(kind, from, name, content);
        }

        private static byte[] bytes(MultipartFile file) {
            try {
                return file == null || file.isEmpty() ? null : file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

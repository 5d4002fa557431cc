package vn.ptdv.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;

/**
 * The templates of the documents: the built-in one of each kind (in the jar) and the versions
 * administrators uploaded, each in force from its date. An upload is checked by reading it as a
 * template: every field it names must be one the document fills.
 */
@Service
class TemplateService {
    private final TemplateStore store;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    TemplateService(TemplateStore store, AccessScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** A template to fill: the uploaded version in force, or the built-in one ({@code version} null). */
    record Template(TemplateKind kind, TemplateStore.Version version, byte[] content) {
        String fileName() {
            return version == null ? kind.code() + ".docx" : version.fileName();
        }
    }

    /** An administrator's new version of a template, read at the edge. */
    record UploadTemplate(TemplateKind kind, LocalDate validFrom, String fileName, byte[] content) {
    }

    @Transactional(readOnly = true)
    Template inForce(TemplateKind kind, LocalDate day) {
        return store.inForce(kind.code(), day).map(v -> new Template(kind, v, store.content(v.id())))
                .orElseGet(() -> new Template(kind, null, builtIn(kind)));
    }

    @Transactional(readOnly = true)
    List<TemplateStore.Version> versions(TemplateKind kind) {
        return store.versions(kind.code());
    }

    /** One uploaded version, for an administrator to download. */
    @Transactional(readOnly = true)
    Template version(TemplateKind kind, long id) {
        requireAdmin();
        return store.versions(kind.code()).stream().filter(v -> v.id() == id).findFirst()
                .map(v -> new Template(kind, v, store.content(id)))
                .orElseThrow(() -> new NotFoundException("document.template.versionNotFound", id));
    }

    static byte[] builtIn(TemplateKind kind) {
        try (InputStream in = TemplateService.class.getResourceAsStream(kind.builtInResource())) {
            if (in == null) {
                throw new IllegalStateException("built-in template missing: " + kind.builtInResource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a new version after checking that it is a Word template naming only fields the document fills. */
    @Transactional
    long upload(UploadTemplate upload) {
        requireAdmin();
        Problems problems = new Problems("document");
        for (String unknown : unknownFields(upload.kind(), upload.content(), problems)) {
            problems.refuse("file", "document.template.unknownField", unknown);
        }
        problems.throwIfAny();
        long id = store.insert(upload.kind().code(), upload.validFrom(), upload.fileName(), upload.content(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), scope.user().username());
        audit.record("DOCUMENT_TEMPLATE_UPLOADED", "document_template", upload.kind().code(), null,
                "version=" + id + " validFrom=" + upload.validFrom() + " file=" + upload.fileName());
        return id;
    }

    /** The names the template uses that the document does not fill; a problem under "file" when it is no template at all. */
    static List<String> unknownFields(TemplateKind kind, byte[] content, Problems problems) {
        WordTemplates.Names names;
        try {
            names = WordTemplates.names(content, kind);
        } catch (WordTemplates.Unreadable e) {
            problems.refuse("file", "document.template.unreadable");
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        for (String field : names.fields()) {
            if (!kind.fields().contains(field)) {
                unknown.add(field);
            }
        }
        Set<String> columns = new LinkedHashSet<>();
        kind.loops().values().forEach(columns::addAll);
        for (String column : names.columns()) {
            if (!columns.contains(column)) {
                unknown.add(column);
            }
        }
        return unknown;
    }

    private void requireAdmin() {
        if (!scope.user().isAdmin()) {
            throw new ForbiddenException("document.template.forbidden");
        }
    }
}

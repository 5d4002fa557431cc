package vn.ptdv.documents.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.admission.AdmissionForm;
import vn.ptdv.admission.Admissions;
import vn.ptdv.admission.DossierPapers;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;

/**
 * The forms of a dossier as Word or PDF, from the template in force on the step's date (today's
 * for a draft): the dossier is asked of the admission module, which answers only within the
 * user's scope; every form produced is audited.
 */
@Service
class DossierFormService {
    private final Admissions admissions;
    private final DocumentRenderer renderer;
    private final PartyHeadings headings;
    private final OrganizationDirectory organizations;
    private final AuditLog audit;
    private final Messages messages;
    private final Formats formats;

    DossierFormService(Admissions admissions, DocumentRenderer renderer, PartyHeadings headings,
            OrganizationDirectory organizations, AuditLog audit, Messages messages, Formats formats) {
        this.admissions = admissions;
        this.renderer = renderer;
        this.headings = headings;
        this.organizations = organizations;
        this.audit = audit;
        this.messages = messages;
        this.formats = formats;
    }

    /** The form asked for by its ASCII code (6-KND…), or a 404 naming it. */
    static AdmissionForm form(String code) {
        return AdmissionForm.byCode(code).orElseThrow(() -> new NotFoundException("document.form.notFound", code));
    }

    @Transactional
    Rendered render(long dossierId, AdmissionForm form, DocumentFormat format) {
        DossierPapers papers = admissions.papers(dossierId);
        DossierPapers.Paper paper = papers.step(form.step())
                .orElseThrow(() -> new NotFoundException("document.form.notForDossier", form.label()));
        if (!papers.forms().contains(form)) {
            throw new NotFoundException("document.form.closed", form.label());
        }
        DossierFormFields data = new DossierFormFields(form, papers,
                (organization, day) -> organizations.nameOn(organization.id(), day), headings::of, messages, formats);
        Rendered rendered = renderer.render(data, format, paper.bodyDay());
        audit.record("DOCUMENT_PRODUCED", "document", form.code(), data.organizationId(),
                "format=" + format.extension() + " dossier=" + dossierId + " organization=" + papers.cell().code()
                        + (data.draft() ? " draft" : ""));
        return rendered;
    }
}

package vn.ptdv.documents.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.Messages;

/** The heading of a document issued by an organization on a day: its name and its superior's as they were that day. */
@Component
class PartyHeadings {
    private final OrganizationDirectory organizations;
    private final Messages messages;

    PartyHeadings(OrganizationDirectory organizations, Messages messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    PartyHeading of(OrganizationRef organization, LocalDate day, String title) {
        List<OrganizationRef> ancestors = organizations.ancestorsOn(organization.id(), day);
        String superior = ancestors.isEmpty() ? "" : organizations.nameOn(ancestors.get(0).id(), day);
        return PartyHeading.of(organization, organizations.nameOn(organization.id(), day), ancestors, superior, day,
                title, messages.text("document.recipients.superior"));
    }
}

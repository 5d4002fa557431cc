package vn.ptdv.organization.internal;

import vn.ptdv.shared.DateInput;

/** A request to add an organization, as typed (validated by the service). */
record NewOrganization(String code, String name, String type, String cellKind, String parentCode,
        String establishedOn, DateInput dateInput) {
}

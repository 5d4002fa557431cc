package vn.ptdv.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;

/**
 * The message of a creation that the database's unique key refused — the second of two
 * identical creations at the same instant, both past the services' own checks. H2 and
 * PostgreSQL both name the constraint ("ux_person_national_id", H2 as its index
 * "ux_person_national_id_index_8"); the longest known name found picks the message.
 */
final class DuplicateRecords {
    static final List<String> CONSTRAINTS = List.of("ux_organization_code", "ux_app_user_username",
            "ux_person_national_id", "ux_party_member_card", "ux_directive_number", "ux_prospect_active_person",
            "ux_class_participant_certificate", "ux_class_participant", "ux_admission_dossier_open_person",
            "ux_api_token_hash");

    private DuplicateRecords() {
    }

    static String messageKey(DuplicateKeyException e) {
        String text = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return CONSTRAINTS.stream().filter(text::contains).max(Comparator.comparingInt(String::length))
                .map(name -> "error.duplicate." + name).orElse("error.duplicate");
    }
}

package vn.ptdv.planning.internal;

import java.time.LocalDate;
import java.util.List;
import vn.ptdv.planning.DirectiveType;

/** A directive as stored, with its issuer's code and name and the warnings shown when it was recorded. */
record DirectiveRow(long id, int number, String typeCode, String issuerSymbol, String numberSymbol,
        DirectiveType type, LocalDate issuedOn, long issuerId, String issuerCode, String issuerName, String title,
        List<Warning> warnings) {

    /** A warning stored with the directive, as shown when it was recorded. */
    record Warning(String code, String message) {
    }
}

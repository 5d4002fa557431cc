package vn.ptdv.planning;

import java.time.LocalDate;

/** A directive to record: its number and symbol, its kind, the day and the organization that issued it, its title. */
public record NewDirective(NumberSymbol numberSymbol, DirectiveType type, LocalDate issuedOn, String issuerCode,
        String title) {
}

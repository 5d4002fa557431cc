package vn.ptdv.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Terms of office: the congress terms that targets are set for. */
public interface Terms {

    /** Adds a term as the signed-in user (an administrator or the organization department). */
    Term create(NewTerm term);

    Optional<Term> find(String code);

    /**
     * The term asked about: the one with this code (not found otherwise), or when none is named,
     * the term the date falls in, else the latest; not found when there is none.
     */
    Term resolve(String code, LocalDate date);

    /** Every term, the latest first. */
    List<Term> all();

    /** The term the date falls in (the latest starting one if terms overlap on a handover day). */
    default Optional<Term> containing(LocalDate date) {
        return all().stream().filter(t -> t.contains(date)).findFirst();
    }
}

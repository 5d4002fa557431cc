package vn.ptdv.support;

import java.time.LocalDate;
import vn.ptdv.membership.Gender;

/**
 * Admission dossiers taken to their admission decision (a certificate from a class of the
 * province four months before it, introducers admitted on 01/03/2010 and official since 2011),
 * for the tests of what follows a decision.
 */
public class DecidedDossiers {
    private static final LocalDate INTRODUCERS_ADMITTED = LocalDate.of(2010, 3, 1);

    private final TestData data;
    private final Fixtures.Tree tree;
    private final long introducer1;
    private final long introducer2;

    /** Registers two introducers, one in each cell. */
    public DecidedDossiers(TestData data, Fixtures.Tree tree, String cell1, String cell2) {
        this.data = data;
        this.tree = tree;
        this.introducer1 = data.member(cell1, "Đảng viên " + TestData.next(), Gender.MALE, INTRODUCERS_ADMITTED);
        this.introducer2 = data.member(cell2, "Đảng viên " + TestData.next(), Gender.MALE, INTRODUCERS_ADMITTED);
    }

    /** A dossier of a new person in the cell, taken to its admission decision on the date (ISO); its id. */
    public long decided(String name, String cell, String decisionDate) {
        LocalDate decision = LocalDate.parse(decisionDate);
        long person = data.applicant(cell, tree.province(), name, decision.minusMonths(4));
        return data.decided(person, cell, decision, introducer1, introducer2);
    }
}

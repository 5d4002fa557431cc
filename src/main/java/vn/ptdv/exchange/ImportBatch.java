package vn.ptdv.exchange;

/**
 * One file being imported, as a kind checks and stores it: every row is {@linkplain #add read}
 * first (its form, as the pages read it), then the whole file is {@linkplain #validate checked}
 * against ptdv's records (references in the user's scope, numbers already taken, rows that repeat
 * each other), and only a file with no problem is {@linkplain #store stored}, in one transaction.
 */
public interface ImportBatch {

    /** Reads a row into what will be stored, adding its problems of form. */
    void add(ImportRow row, RowProblems problems);

    /** Checks every row read against ptdv's records and the other rows, adding the problems found. */
    void validate(RowProblems problems);

    /**
     * Stores every row (only called when no problem was found), matching rows to what is already
     * stored so that importing the same file twice changes nothing.
     */
    ImportCounts store();
}

package vn.ptdv.exchange;

/** What an import stored: rows that created a record, rows that changed one, rows already there as they are. */
public record ImportCounts(int created, int updated, int unchanged) {
    public int total() {
        return created + updated + unchanged;
    }
}

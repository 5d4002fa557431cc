package vn.ptdv.admission.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** A share of those entitled to vote that a resolution needs, as the regulation writes it ("2/3"). */
public record Share(int numerator, int denominator) {
    public static final Share TWO_THIRDS = new Share(2, 3);

    /** Whether the votes reach the share of those entitled (no one entitled reaches nothing). */
    public boolean reachedBy(int votes, int entitled) {
        return entitled > 0 && votes * denominator >= entitled * numerator;
    }

    @JsonValue
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}

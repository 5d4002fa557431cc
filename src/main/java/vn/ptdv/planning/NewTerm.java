package vn.ptdv.planning;

import java.time.LocalDate;

/** A term of office to add: its code ("2025-2030"), its name, its first and last day. */
public record NewTerm(String code, String name, LocalDate startDate, LocalDate endDate) {
}

package vn.ptdv.training;

import java.time.LocalDate;

/** An awareness class: its name, the organization that holds it, its first and last day, where. */
public record OpenClass(String name, String organizerCode, LocalDate startDate, LocalDate endDate, String place) {
}
